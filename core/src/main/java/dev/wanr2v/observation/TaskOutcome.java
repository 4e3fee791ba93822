package dev.wanr2v.observation;

import java.util.Locale;

/** How a task's observation ended. */
public enum TaskOutcome {
    /** The task succeeded: the vendor gave its video. */
    SUCCEEDED,
    /**
     * The task failed: at the vendor ({@link dev.wanr2v.ErrorCategory#TASK_FAILED}), or its submit did
     * (throttled past its deadline, refused, outcome unknown...), or a status call failed for good;
     * {@link TaskEnd#error()} tells which.
     */
    FAILED,
    /** The vendor reports the task canceled. */
    CANCELED,
    /** The vendor no longer knows the task. */
    EXPIRED,
    /** The wait reached its deadline; the task may still finish at the vendor. */
    TIMED_OUT,
    /**
     * Nobody waits for the task any more: the wait was interrupted or canceled, or the client closed (or
     * stopped tracking it) before the task was seen to end. The task may go on at the vendor.
     */
    ABANDONED;

    /** The outcome in lower case, {@code "timed_out"}: a metric tag's value. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
