package dev.wanr2v.temporal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.R2vException;
import io.temporal.client.WorkflowException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TerminatedFailure;
import java.time.Instant;
import java.util.Optional;

/**
 * A generation workflow ended without a video: the library's typed failure, with its category, the vendor's code
 * and message, and what is needed to go on ({@link #token()} when a task exists, {@link #sentAt()} when it is
 * unknown whether the create was accepted). Read it from Temporal's exception with {@link #from}.
 *
 * <pre>{@code
 * try {
 *     GenerationResult result = generation.result();
 * } catch (GenerationFailedException e) {
 *     switch (e.category()) {
 *         case SUBMIT_OUTCOME_UNKNOWN -> log.warn("look the task up at the vendor around {}", e.sentAt().get());
 *         case TASK_FAILED -> log.warn("vendor code {}", e.providerCode().orElse("?"));
 *         default -> log.warn(e.getMessage());
 *     }
 * }
 * }</pre>
 */
public class GenerationFailedException extends R2vException {
    private static final long serialVersionUID = 1L;

    private final transient GenerationFailure failure;

    /**
     * @param failure what failed
     * @param cause   Temporal's exception, or {@code null}
     */
    public GenerationFailedException(GenerationFailure failure, Throwable cause) {
        super(failure.category(), failure.message(), details(failure), cause);
        this.failure = failure;
    }

    /**
     * The typed failure behind Temporal's exception for a generation: from the {@code ApplicationFailure} a
     * generation workflow fails with; a workflow canceled or terminated from outside reads as
     * {@link ErrorCategory#INTERRUPTED} (the task, if one exists, goes on at the vendor).
     */
    public static GenerationFailedException from(WorkflowException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure af && af.getDetails().getSize() > 0) {
                try {
                    GenerationFailure f = af.getDetails().get(GenerationFailure.class);
                    if (f != null) {
                        return new GenerationFailedException(f, e);
                    }
                } catch (RuntimeException notOurs) {
                    // details of another shape: not a generation's failure, read on
                }
            }
            if (t instanceof CanceledFailure || t instanceof TerminatedFailure) {
                break;
            }
        }
        String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        return new GenerationFailedException(GenerationFailure.of(ErrorCategory.INTERRUPTED,
                "generation workflow " + e.getExecution().getWorkflowId() + " ended without a result (" + why
                        + "); a task it created goes on at the vendor: its token is in the workflow's state query",
                null, null), e);
    }

    /** Everything the workflow knew about the failure. */
    public GenerationFailure failure() {
        return failure;
    }

    /** The task's token, when a task exists: collect or inspect it with an {@code R2vClient}. */
    public Optional<String> token() {
        return Optional.ofNullable(failure.token());
    }

    /** For {@link ErrorCategory#SUBMIT_OUTCOME_UNKNOWN}: when the create was sent (at the latest). */
    public Optional<Instant> sentAt() {
        return Optional.ofNullable(failure.sentAt());
    }

    private static ErrorDetails details(GenerationFailure f) {
        return ErrorDetails.builder().providerId(f.providerId()).httpStatus(f.httpStatus())
                .providerCode(f.providerCode()).providerMessage(f.providerMessage()).requestId(f.requestId())
                .retryable(f.retryable()).build();
    }
}
