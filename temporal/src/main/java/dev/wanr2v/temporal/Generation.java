package dev.wanr2v.temporal;

import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One generation workflow, as {@link R2vTemporal#start} found or started it: ask where it stands, wait for its
 * result. Any process can make one for the same idempotency key; they all see the same workflow.
 */
public final class Generation {
    private final WorkflowStub stub;

    Generation(WorkflowStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    /** The workflow id (derived from the idempotency key). */
    public String workflowId() {
        return stub.getExecution().getWorkflowId();
    }

    /** Where the generation stands (a query; a worker answers it). */
    public GenerationState state() {
        return stub.query("state", GenerationState.class);
    }

    /**
     * Waits for the result.
     *
     * @throws GenerationFailedException the typed failure, when the generation ended without a video
     */
    public GenerationResult result() {
        try {
            return stub.getResult(GenerationResult.class);
        } catch (WorkflowException e) {
            throw GenerationFailedException.from(e);
        }
    }

    /**
     * Waits for the result at most {@code timeout}; the generation goes on after it.
     *
     * @throws TimeoutException          when it has not ended by then
     * @throws GenerationFailedException the typed failure, when the generation ended without a video
     */
    public GenerationResult result(Duration timeout) throws TimeoutException {
        try {
            return stub.getResult(timeout.toMillis(), TimeUnit.MILLISECONDS, GenerationResult.class);
        } catch (WorkflowException e) {
            throw GenerationFailedException.from(e);
        }
    }

    /** {@link #result()} without blocking; the future fails with {@link GenerationFailedException}. */
    public CompletableFuture<GenerationResult> resultAsync() {
        return stub.getResultAsync(GenerationResult.class).handle((r, e) -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause == null) {
                return r;
            }
            if (cause instanceof WorkflowException w) {
                throw GenerationFailedException.from(w);
            }
            throw cause instanceof RuntimeException re ? re : new CompletionException(cause);
        });
    }

    @Override
    public String toString() {
        return "Generation[" + workflowId() + "]";
    }
}
