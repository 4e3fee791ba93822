package dev.wanr2v.examples.temporal;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.temporal.Generation;
import dev.wanr2v.temporal.GenerationFailedException;
import dev.wanr2v.temporal.GenerationInput;
import dev.wanr2v.temporal.GenerationResult;
import dev.wanr2v.temporal.R2vTemporal;
import dev.wanr2v.temporal.TaskQueues;
import io.temporal.client.WorkflowClient;
import java.io.PrintStream;
import java.util.Optional;

/** The starter side: starts a generation from any process and waits for it. */
public final class ExampleStarter {
    private ExampleStarter() {
    }

    /**
     * Starts the generation of {@code key} (or finds the one that exists) and waits for it, telling {@code out}
     * what happened.
     *
     * @return the result, or empty when the generation failed (the failure is told)
     */
    public static Optional<GenerationResult> generate(WorkflowClient temporal, String key, R2vRequest request,
            PrintStream out) {
        // README: starter
        Generation generation = R2vTemporal.start(temporal, TaskQueues.DEFAULT_BASE, key, GenerationInput.of(request));
        try {
            GenerationResult result = generation.result();
            out.println("stored " + result.stored().location() + " (" + result.stored().bytes() + " bytes, task "
                    + result.taskId() + ", " + result.polls() + " polls)");
            return Optional.of(result);
        } catch (GenerationFailedException e) {
            switch (e.category()) {
                case SUBMIT_OUTCOME_UNKNOWN -> out.println("unknown whether the vendor took the create sent at "
                        + e.sentAt().orElseThrow() + ": look it up at the vendor before using another key");
                case TASK_FAILED -> out.println("the task failed at the vendor: " + e.providerCode().orElse("?")
                        + " (token " + e.token().orElseThrow() + ")");
                default -> out.println(e.category() + ": " + e.getMessage());
            }
            return Optional.empty();
        }
        // README: end
    }
}
