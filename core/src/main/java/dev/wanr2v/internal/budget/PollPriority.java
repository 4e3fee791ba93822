package dev.wanr2v.internal.budget;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The order in which waiting status queries are sent when more are due than the query budget allows:
 * tasks most likely to have ended first. A query's key is the time it became due, moved earlier by a bonus:
 * {@link #RUNNING_BONUS} for a task last seen running (a queued one must first start), and half the task's
 * age up to {@link #AGE_CAP} (the vendor runs its queue first come, first served, and older tasks end first;
 * a task queued a minute longer than a running one goes first). The running bonus stays modest because a
 * vendor without a queue may call a task queued that already runs. A
 * query nobody plans (a status or cancel call a caller waits on) gets the largest bonus. Because keys are
 * fixed when a query becomes due, a query waits at most {@link #MAX_BONUS} plus the time to send the queries
 * already due: nobody starves.
 */
final class PollPriority {
    static final Duration AGE_CAP = Duration.ofMinutes(10);
    static final Duration RUNNING_BONUS = Duration.ofSeconds(30);
    static final Duration MAX_BONUS = RUNNING_BONUS.plus(AGE_CAP.dividedBy(2));

    private PollPriority() {
    }

    /**
     * The key of a query due now (smaller goes first).
     *
     * @param handle the task asked about, or {@code null}
     * @param status its last known status, or {@code null}
     * @param planned whether it is a wait's poll (else a caller waits on it)
     */
    static long key(Instant now, TaskHandle handle, TaskStatus status, boolean planned) {
        long due = now.toEpochMilli();
        if (!planned || handle == null) {
            return due - MAX_BONUS.toMillis();
        }
        long age = Math.max(0, Duration.between(handle.submittedAt(), now).toMillis());
        long bonus = Math.min(age, AGE_CAP.toMillis()) / 2;
        if (status == TaskStatus.RUNNING || status == TaskStatus.UNRECOGNIZED) {
            bonus += RUNNING_BONUS.toMillis();
        }
        return due - bonus;
    }
}
