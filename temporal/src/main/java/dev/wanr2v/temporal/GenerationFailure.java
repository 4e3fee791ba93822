package dev.wanr2v.temporal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskException;
import dev.wanr2v.TaskSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Why a generation failed, as a workflow or activity failure carries it: the details of Temporal's
 * {@code ApplicationFailure}, whose type is the category's name ({@code "TASK_FAILED"},
 * {@code "SUBMIT_OUTCOME_UNKNOWN"}, …). {@link GenerationFailedException#from} reads it back on the client.
 *
 * @param category        what kind of failure ({@link ErrorCategory})
 * @param message         what failed and what to do next (no secret)
 * @param providerId      the provider, or {@code null}
 * @param httpStatus      the HTTP status of the vendor's answer, or {@code null}
 * @param providerCode    the vendor's error code, or {@code null}
 * @param providerMessage the vendor's message, or {@code null}
 * @param requestId       the vendor's request id, or {@code null}
 * @param retryable       whether the same call can succeed later
 * @param reason          for a task that failed at the vendor: why, where known ({@code CONTENT_REJECTED},
 *                        {@code INVALID_REQUEST}; {@code TASK_FAILED} when nothing more is known); else {@code null}
 * @param token           the task's token when a task exists, else {@code null}
 * @param sentAt          for {@code SUBMIT_OUTCOME_UNKNOWN}: when the create was sent (at the latest: if the worker
 *                        died, when it began the create or, if even that is unknown, when the workflow scheduled
 *                        it), else {@code null}
 * @param retryAfter      how long the vendor asked to wait, or {@code null}
 */
public record GenerationFailure(ErrorCategory category, String message, String providerId, Integer httpStatus,
        String providerCode, String providerMessage, String requestId, boolean retryable, ErrorCategory reason,
        String token, Instant sentAt, Duration retryAfter) {

    /** Checks the parts always present. */
    public GenerationFailure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
    }

    /** The failure an exception of the library describes. */
    public static GenerationFailure of(R2vException e) {
        String token = null;
        ErrorCategory reason = null;
        if (e instanceof TaskException t) {
            token = t.handle().toToken();
            reason = t.lastSnapshot().flatMap(TaskSnapshot::failure).map(f -> f.category()).orElse(null);
        }
        Instant sentAt = e instanceof SubmitOutcomeUnknownException u ? u.sentAt() : null;
        Duration retryAfter = e instanceof RateLimitedException r ? r.retryAfter().orElse(null) : null;
        return new GenerationFailure(e.category(), String.valueOf(e.getMessage()), e.providerId().orElse(null),
                e.httpStatus().isPresent() ? e.httpStatus().getAsInt() : null, e.providerCode().orElse(null),
                e.providerMessage().orElse(null), e.requestId().orElse(null), e.isRetryable(), reason, token, sentAt,
                retryAfter);
    }

    /** A failure of the workflow's own making (no vendor answer behind it). */
    public static GenerationFailure of(ErrorCategory category, String message, String token, Instant sentAt) {
        return new GenerationFailure(category, message, null, null, null, null, null, category.retryableByDefault(),
                null, token, sentAt, null);
    }

    /** This failure with the task's token (a task exists). */
    public GenerationFailure withToken(String newToken) {
        return new GenerationFailure(category, message, providerId, httpStatus, providerCode, providerMessage,
                requestId, retryable, reason, newToken, sentAt, retryAfter);
    }
}
