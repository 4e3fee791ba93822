package dev.wanr2v.internal.engine;

import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.internal.http.TransportFailure;
import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine's one rule for sending a failed call again, for the vendor's API ({@link CallRunner}) and for
 * result downloads ({@link Downloads}) alike: which failed exchanges may be repeated, how long to wait (the
 * vendor's {@code Retry-After}, else full jitter up to the policy's ceiling), never past the call's deadline,
 * announced to the listener, the next attempt run on a worker. Which error answers may be repeated is the
 * SPI's {@link dev.wanr2v.spi.support.StatusFallback#retryable(int)}, unless the codec says.
 */
final class Retries {
    private final Engine engine;

    Retries(Engine engine) {
        this.engine = engine;
    }

    /** Whether a failed exchange may be repeated: not if its answer was unusable, its body unreadable, or it was canceled. */
    static boolean mayRepeat(TransportFailure failure) {
        return switch (failure.kind()) {
            case UNUSABLE, BODY, CANCELED -> false;
            default -> true;
        };
    }

    /**
     * Runs {@code again} (attempt {@code attempt + 1}) on a worker after the wait the rule gives, once the
     * listener heard of it; or returns {@code null} when the call must give up: attempts used up, the vendor
     * asks for a longer wait than the policy allows, or the next attempt would start past {@code deadline}.
     *
     * @param deadline no attempt starts after it; {@code null} for none
     * @param handle   the task the call is about, or {@code null}
     */
    Scheduler.Cancellable schedule(int attempt, Duration retryAfter, Instant deadline, ProgressListener listener,
            TaskHandle handle, Operation operation, R2vException error, Runnable again) {
        Duration delay = delay(attempt, retryAfter);
        if (delay == null || (deadline != null && engine.scheduler().now().plus(delay).isAfter(deadline))) {
            return null;
        }
        engine.listeners().retry(listener, new RetryEvent(handle, operation, attempt, delay, error));
        return engine.scheduler().schedule(delay, () -> engine.workers().execute(again));
    }

    /**
     * The wait before the attempt after attempt {@code attempt}: the vendor's {@code Retry-After} if it gave
     * one, else full jitter up to the policy's ceiling; {@code null} when the call must give up (attempts
     * used up, or the vendor asks for a longer wait than the policy allows).
     */
    private Duration delay(int attempt, Duration retryAfter) {
        RetryPolicy policy = engine.retryPolicy();
        if (attempt >= policy.maxAttempts() || (retryAfter != null && retryAfter.compareTo(policy.maxDelay()) > 0)) {
            return null;
        }
        return retryAfter != null ? retryAfter
                : Duration.ofMillis((long) (engine.random().getAsDouble() * policy.ceiling(attempt).toMillis()));
    }
}
