package dev.wanr2v;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every failure this library reports. Unchecked.
 *
 * <p>Each subclass stands for one {@link ErrorCategory}. Every instance carries the provider id and,
 * where known, the HTTP status, the vendor's code and message, the vendor's request id, and whether
 * retrying can help. Messages name the provider, what failed and what to do next; they never contain
 * an API key or a signed URL's query string.
 */
public abstract class R2vException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCategory category;
    private final transient ErrorDetails details;

    protected R2vException(ErrorCategory category, String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.category = Objects.requireNonNull(category, "category");
        this.details = details == null ? ErrorDetails.none() : details;
    }

    /** What kind of failure this is. */
    public ErrorCategory category() {
        return category;
    }

    /** Everything known about the failure besides its category. */
    public ErrorDetails details() {
        return details;
    }

    /** The provider that failed, when one was chosen. */
    public Optional<String> providerId() {
        return details.providerId();
    }

    /** The HTTP status of the vendor's answer, if there was one. */
    public OptionalInt httpStatus() {
        return details.httpStatus();
    }

    /** The vendor's error code. */
    public Optional<String> providerCode() {
        return details.providerCode();
    }

    /** The vendor's error message. */
    public Optional<String> providerMessage() {
        return details.providerMessage();
    }

    /** The vendor's request id, to quote to its support. */
    public Optional<String> requestId() {
        return details.requestId();
    }

    /** Whether repeating the same call later can succeed. */
    public boolean isRetryable() {
        return details.retryable().orElse(category.retryableByDefault());
    }
}
