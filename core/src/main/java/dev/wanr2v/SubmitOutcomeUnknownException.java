package dev.wanr2v;

import java.time.Instant;
import java.util.Objects;

/**
 * A create call failed in a way that leaves open whether the vendor accepted the task, and therefore
 * whether it will be billed: the connection was reset or timed out after the request was sent, or
 * the vendor answered with a server error after it may have queued the task.
 *
 * <p>The library never sends a second create on its own in this case: that could pay twice. Look
 * the task up at the vendor (its console or task list) around {@link #sentAt()} before submitting
 * again.
 */
public class SubmitOutcomeUnknownException extends R2vException {
    private static final long serialVersionUID = 1L;

    private final transient R2vRequest request;
    private final String endpoint;
    private final Instant sentAt;

    public SubmitOutcomeUnknownException(String message, ErrorDetails details, R2vRequest request,
            String endpoint, Instant sentAt, Throwable cause) {
        super(ErrorCategory.SUBMIT_OUTCOME_UNKNOWN, message, details, cause);
        this.request = Objects.requireNonNull(request, "request");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    /** The request whose fate is unknown. */
    public R2vRequest request() {
        return request;
    }

    /** The base URL the create was sent to (no secrets). */
    public String endpoint() {
        return endpoint;
    }

    /** When the create was sent. */
    public Instant sentAt() {
        return sentAt;
    }
}
