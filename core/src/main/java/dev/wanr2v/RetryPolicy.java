package dev.wanr2v;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine repeats a failed HTTP call: capped exponential backoff with full jitter, honouring
 * the vendor's {@code Retry-After}. Repeatable calls (status, cancel, cost estimate, upload, download)
 * are retried on I/O errors, 408, 429, 500, 502, 503 and 504; a create only when the vendor certainly
 * did not accept it.
 *
 * @param maxAttempts  attempts in all, the first included (1 = never retry)
 * @param initialDelay the backoff ceiling of the first retry
 * @param maxDelay     the largest backoff; a {@code Retry-After} longer than this is not waited for (the
 *                     call fails with {@link RateLimitedException#retryAfter()} set)
 * @param multiplier   growth of the ceiling per attempt
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {

    /** 4 attempts, backoff ceiling from 1 s doubling to 30 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0);

    /** Never retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), 1.0);

    /** Checks the values. */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
    }

    /**
     * The backoff ceiling before retry number {@code retry} (1 for the first retry):
     * {@code min(maxDelay, initialDelay * multiplier^(retry-1))}. The actual delay is uniform in [0, ceiling].
     */
    public Duration ceiling(int retry) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }
}
