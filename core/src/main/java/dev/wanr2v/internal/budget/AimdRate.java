package dev.wanr2v.internal.budget;

import java.time.Duration;
import java.time.Instant;

/**
 * A rate that learns from throttling: a throttled call halves it at once (at most once per round trip:
 * calls sent before the last decrease cannot cause another), then it recovers by {@value #RECOVERY} of
 * the ceiling per second without throttling, never above the ceiling nor below {@code ceiling / 32}.
 * Not thread-safe: its gate guards it.
 */
final class AimdRate {
    static final double RECOVERY = 0.05;
    private static final double FLOOR_DIVISOR = 32;

    private final double ceiling;
    private double base;
    private Instant since;
    private long lastDecrease = -1;

    AimdRate(double ceiling) {
        this.ceiling = ceiling;
        this.base = ceiling;
    }

    double ceiling() {
        return ceiling;
    }

    /** Calls per second allowed now. */
    double at(Instant now) {
        if (since == null) {
            return base;
        }
        double seconds = Math.max(0, Duration.between(since, now).toNanos() / 1e9);
        return Math.min(ceiling, base + RECOVERY * ceiling * seconds);
    }

    /**
     * The call granted as number {@code sent} was throttled: halves the rate unless that call left before
     * the last decrease (its answer reflects the old rate). {@code granted} is the number of the last call
     * granted so far. Returns whether the rate was lowered.
     */
    boolean throttled(Instant now, long sent, long granted) {
        if (sent <= lastDecrease) {
            return false;
        }
        base = Math.max(ceiling / FLOOR_DIVISOR, at(now) / 2);
        since = now;
        lastDecrease = granted;
        return true;
    }
}
