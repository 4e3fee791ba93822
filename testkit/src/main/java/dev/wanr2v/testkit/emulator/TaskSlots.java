package dev.wanr2v.testkit.emulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The account's running-task limit: tasks hold a slot from the start of their script until they end,
 * and wait for one first come, first served. Replayed lazily: {@link #advance} frees every slot whose
 * task ended by then and hands it on at the instant it freed, so the outcome does not depend on when
 * anyone looks. Not thread-safe: guarded by its {@link TaskStore}.
 */
final class TaskSlots {
    private final int limit;
    private final int queueLimit;
    private final double speed;
    private final ArrayDeque<EmulatedTask> waiting = new ArrayDeque<>();
    private final Set<EmulatedTask> running = Collections.newSetFromMap(new IdentityHashMap<>());
    private final PriorityQueue<End> ends = new PriorityQueue<>();
    private Instant horizon = Instant.MIN;
    private int mostRunning;
    private int mostQueued;

    TaskSlots(int limit, int queueLimit, double speed) {
        this.limit = limit;
        this.queueLimit = queueLimit;
        this.speed = speed;
    }

    /** Whether a task arriving now would find every slot busy and the queue full. */
    boolean full(Instant now) {
        advance(now);
        return running.size() >= limit && waiting.size() >= queueLimit;
    }

    /** A new task (or one given a new life after it ended) takes a free slot now, or queues. */
    void arrive(EmulatedTask task, Instant now) {
        advance(now);
        task.unslot();
        waiting.add(task);
        fill(now.isBefore(horizon) && limit != AccountLimits.UNLIMITED ? horizon : now);
    }

    /** Frees the slots of tasks that ended by {@code now}, in the order they ended, and hands them on. */
    void advance(Instant now) {
        while (!ends.isEmpty() && !ends.peek().at.isAfter(now)) {
            End end = ends.poll();
            if (running.contains(end.task) && end.task.endsAt(speed).equals(end.at)) { // else a stale end
                running.remove(end.task);
                fill(end.at);
            }
        }
        if (now.isAfter(horizon)) {
            horizon = now;
        }
    }

    /**
     * The task's life changed (rescripted, or canceled while it held a slot): its slot frees when the new
     * life ends; one that had ended plays its new life from a new slot.
     */
    void changed(EmulatedTask task, Instant now) {
        if (running.contains(task)) {
            ends.add(new End(task.endsAt(speed), task));
            advance(now);
        } else if (!waiting.contains(task)) {
            arrive(task, now);
        }
    }

    /** Takes a canceled task out of the queue; false if it was not waiting. */
    boolean leave(EmulatedTask task) {
        return waiting.remove(task);
    }

    int running() {
        return running.size();
    }

    int queued() {
        return waiting.size();
    }

    int mostRunning() {
        return mostRunning;
    }

    int mostQueued() {
        return mostQueued;
    }

    void clear() {
        waiting.clear();
        running.clear();
        ends.clear();
        horizon = Instant.MIN;
        mostRunning = 0;
        mostQueued = 0;
    }

    private void fill(Instant at) {
        while (running.size() < limit && !waiting.isEmpty()) {
            EmulatedTask task = waiting.poll();
            task.start(at);
            running.add(task);
            ends.add(new End(task.endsAt(speed), task));
        }
        mostRunning = Math.max(mostRunning, running.size());
        mostQueued = Math.max(mostQueued, waiting.size());
    }

    private record End(Instant at, EmulatedTask task) implements Comparable<End> {
        @Override
        public int compareTo(End other) {
            return at.compareTo(other.at);
        }
    }
}
