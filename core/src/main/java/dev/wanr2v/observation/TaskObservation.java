package dev.wanr2v.observation;

import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;

/**
 * One task's life as an {@link R2vObserver} sees it, from {@link R2vObserver#taskStarted} to
 * {@link #ended}. Its events come one at a time, in order; {@link #ended} comes exactly once, last.
 */
public interface TaskObservation {

    /** The vendor accepted the task (its create answer was read). Not heard for a resumed task. */
    default void submitted(TaskHandle handle) {
    }

    /**
     * The task's status or progress changed, as a wait heard it (the same changes a
     * {@link dev.wanr2v.ProgressListener#onStatus} hears). The snapshot may hold a signed video URL and the
     * prompt: treat them as secrets.
     */
    default void statusChanged(TaskSnapshot snapshot) {
    }

    /**
     * A call made for the task failed and will be made again, after {@link RetryEvent#delay()} (a create the
     * vendor throttled, which waits for budget again, included).
     */
    default void retrying(RetryEvent event) {
    }

    /** The task's observation ends: how, and what is known of it then. */
    void ended(TaskEnd end);
}
