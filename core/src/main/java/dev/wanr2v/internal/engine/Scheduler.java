package dev.wanr2v.internal.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * The engine's clock and timer. Every delay (backoff, poll interval, deadline) goes through it, so
 * tests substitute a manual one and never really sleep.
 */
public interface Scheduler extends AutoCloseable {

    /** The current time. */
    Instant now();

    /** Runs {@code task} once after {@code delay}; the returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    @Override
    void close();
}
