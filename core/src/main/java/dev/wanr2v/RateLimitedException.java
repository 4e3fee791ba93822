package dev.wanr2v;

import java.time.Duration;
import java.util.Optional;

/**
 * The vendor is throttling requests. Retryable; the engine has already retried as configured, so
 * wait at least {@link #retryAfter()} (when the vendor said) before trying again.
 */
public class RateLimitedException extends R2vException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String message, ErrorDetails details) {
        this(message, details, null, null);
    }

    public RateLimitedException(String message, ErrorDetails details, Duration retryAfter, Throwable cause) {
        super(ErrorCategory.RATE_LIMITED, message, details, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the vendor asked us to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
