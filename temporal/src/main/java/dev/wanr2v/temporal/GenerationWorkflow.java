package dev.wanr2v.temporal;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Generates one clip, durably: creates the task once, polls it between durable timers, stores the video, and
 * returns where it is. Start it with {@link R2vTemporal#start}, which derives the workflow id from your
 * idempotency key; run it on workers set up with {@link R2vTemporal#registerWorkers}.
 *
 * <p>It fails with a typed {@code ApplicationFailure} whose type is the {@code ErrorCategory}'s name and whose
 * details are a {@link GenerationFailure}; {@link GenerationFailedException#from} reads it. The failure
 * {@code SUBMIT_OUTCOME_UNKNOWN} is the distinct end of a create whose outcome is unknown (lost answer, worker
 * died while sending it): it carries the time the create was sent, and no second create is ever sent.
 */
@WorkflowInterface
public interface GenerationWorkflow {

    /** Workflow type name, as the server and other SDKs see it. */
    String TYPE = "WanR2vGeneration";

    /** Generates the clip; see the interface's description. */
    @WorkflowMethod(name = TYPE)
    GenerationResult generate(GenerationInput input);

    /** Where the generation stands: phase, token (once created), last status and progress. */
    @QueryMethod(name = "state")
    GenerationState state();
}
