package dev.wanr2v.internal.budget;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The tasks a budget's clients submitted or asked about and have not seen end: their last known status,
 * for planning polls, counting running tasks and holding running-task slots. A task stops counting when
 * an answer shows it ended, or after {@link #LEASE} without any answer about it (nobody waits for it).
 * Guarded by the budget's lock.
 */
final class TaskBook {
    static final Duration LEASE = Duration.ofMinutes(10);

    private record Entry(TaskStatus status, Instant lastSeen) {
    }

    private final Map<String, Entry> tasks = new HashMap<>();
    private long phantoms;

    /** A create was accepted; {@code known} is its answer's snapshot, or null. */
    void submitted(TaskHandle handle, TaskSnapshot known, Instant now) {
        if (known != null && known.status().isTerminal()) {
            return;
        }
        tasks.put(handle.taskId(), new Entry(known == null ? TaskStatus.QUEUED : known.status(), now));
    }

    /** A create's outcome is unknown: a task may exist, so it counts until the lease ends. */
    void unknown(Instant now) {
        tasks.put("\0unknown-" + (++phantoms), new Entry(TaskStatus.QUEUED, now));
    }

    /** An answer about a task. */
    void observed(TaskHandle handle, TaskSnapshot s, Instant now) {
        if (s.status().isTerminal()) {
            ended(handle);
        } else {
            tasks.put(handle.taskId(), new Entry(s.status(), now));
        }
    }

    /** A task ended, or the vendor no longer knows it. */
    void ended(TaskHandle handle) {
        tasks.remove(handle.taskId());
    }

    /** The last status seen, or {@code null} when unknown. */
    TaskStatus status(TaskHandle handle) {
        Entry e = tasks.get(handle.taskId());
        return e == null ? null : e.status();
    }

    /** Tasks that have not been seen to end, within their lease. */
    int unfinished(Instant now) {
        prune(now);
        return tasks.size();
    }

    /** Of those, how many were last seen with this status. */
    int count(TaskStatus status, Instant now) {
        prune(now);
        int n = 0;
        for (Entry e : tasks.values()) {
            if (e.status() == status) {
                n++;
            }
        }
        return n;
    }

    /** When the next lease ends, or {@code null} if none is held. */
    Instant nextExpiry() {
        Instant first = null;
        for (Entry e : tasks.values()) {
            Instant end = e.lastSeen().plus(LEASE);
            if (first == null || end.isBefore(first)) {
                first = end;
            }
        }
        return first;
    }

    private void prune(Instant now) {
        Instant cutoff = now.minus(LEASE);
        for (Iterator<Entry> it = tasks.values().iterator(); it.hasNext(); ) {
            if (!it.next().lastSeen().isAfter(cutoff)) {
                it.remove();
            }
        }
    }
}
