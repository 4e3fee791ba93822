package dev.wanr2v.temporal;

import dev.wanr2v.TaskStatus;

/**
 * Where a generation workflow stands, as its query {@link GenerationWorkflow#state()} answers (also on a closed
 * workflow, while Temporal keeps it).
 *
 * @param phase          the step it is at
 * @param token          the task's token once the create returned ({@code null} before): with it any process can
 *                       collect the task, even if the workflow is gone
 * @param status         the task's last known status, or {@code null}
 * @param progress       its last known progress, 0..1, or {@code null}
 * @param createAttempts creates sent so far (more than one only after creates the vendor certainly refused)
 * @param polls          status calls made so far
 * @param lastError      the last failure the workflow noted and went on after (a refused create, a failed poll), or
 *                       {@code null}
 */
public record GenerationState(Phase phase, String token, TaskStatus status, Double progress, int createAttempts,
        int polls, String lastError) {

    /** The steps of a generation. */
    public enum Phase {
        /** Sending the create (or waiting for the create budget, or to try a refused create again). */
        CREATING,
        /** The task exists (the token is set); polling between durable timers. */
        WAITING,
        /** The task succeeded; the worker's sink is storing the video. */
        STORING,
        /** Done: the workflow returned its {@link GenerationResult}. */
        SUCCEEDED,
        /** Ended with a typed failure (see {@link GenerationFailedException}). */
        FAILED,
        /**
         * Ended because it is unknown whether the vendor accepted the create (a lost answer, or a worker that
         * died while sending it): nothing was sent again. Look the task up at the vendor around the time the
         * failure gives ({@link GenerationFailure#sentAt()}) before starting another generation.
         */
        OUTCOME_UNKNOWN
    }
}
