package dev.wanr2v;

import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed call that will be repeated: which call, which attempt failed, how long until the next
 * one, and why.
 */
public final class RetryEvent {
    private final TaskHandle handle;
    private final Operation operation;
    private final int attempt;
    private final Duration delay;
    private final R2vException cause;

    public RetryEvent(TaskHandle handle, Operation operation, int attempt, Duration delay, R2vException cause) {
        this.handle = handle;
        this.operation = Objects.requireNonNull(operation, "operation");
        this.attempt = attempt;
        this.delay = Objects.requireNonNull(delay, "delay");
        this.cause = Objects.requireNonNull(cause, "cause");
    }

    /** The task, unless this is a create. */
    public Optional<TaskHandle> handle() {
        return Optional.ofNullable(handle);
    }

    public Operation operation() {
        return operation;
    }

    /** The attempt that failed, 1 for the first. */
    public int attempt() {
        return attempt;
    }

    /** The wait before the next attempt. */
    public Duration delay() {
        return delay;
    }

    /** Why the attempt failed. */
    public R2vException cause() {
        return cause;
    }

    @Override
    public String toString() {
        return operation + " attempt " + attempt + " failed (" + cause.category().label() + "), retrying in "
                + delay.toMillis() + " ms";
    }
}
