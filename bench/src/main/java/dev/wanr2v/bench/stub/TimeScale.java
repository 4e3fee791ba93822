package dev.wanr2v.bench.stub;

import java.time.Duration;
import java.time.Instant;

/**
 * Virtual time running {@code factor} times faster than the wall clock, from a round's start: the stub's
 * account limits and task timeline, the engine's scheduler and the baselines' poll intervals all read it, so
 * a round of hours of vendor time takes minutes and every rate keeps its ratio to every other.
 */
public final class TimeScale {
    private final double factor;
    private final long originNanos;
    private final Instant epoch;

    /** Starts virtual time now, at the wall clock's instant. */
    public TimeScale(double factor) {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("factor must be at least 1: " + factor);
        }
        this.factor = factor;
        this.epoch = Instant.now();
        this.originNanos = System.nanoTime();
    }

    public double factor() {
        return factor;
    }

    /** Virtual nanoseconds since the start. */
    public long nanos() {
        return (long) ((System.nanoTime() - originNanos) * factor);
    }

    /** The virtual instant now. */
    public Instant now() {
        return epoch.plusNanos(nanos());
    }

    /** The virtual instant {@code virtualNanos} after the start. */
    public Instant at(long virtualNanos) {
        return epoch.plusNanos(virtualNanos);
    }

    /** The wall-clock nanoseconds that {@code virtual} takes. */
    public long wallNanos(Duration virtual) {
        return (long) (virtual.toNanos() / factor);
    }
}
