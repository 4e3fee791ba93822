package dev.wanr2v;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a wait asks for a task's status: first after {@code initialDelay}, then at intervals
 * growing by {@code multiplier} up to {@code maxInterval}, each varied by ±{@code jitter} so that
 * thousands of waits do not poll in lockstep.
 *
 * @param initialDelay the delay before the first status call
 * @param maxInterval  the longest interval; {@code null} means the provider's advice (DashScope: 15 s)
 * @param multiplier   growth per poll
 * @param jitter       relative variation, 0 to 0.5
 */
public record PollPolicy(Duration initialDelay, Duration maxInterval, double multiplier, double jitter) {

    /** First poll after 2 s, growing by 1.5 to the provider's advised interval, ±20 %. */
    public static final PollPolicy DEFAULT = new PollPolicy(Duration.ofSeconds(2), null, 1.5, 0.2);

    /** Checks the values. */
    public PollPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException("initialDelay must not be negative");
        }
        if (maxInterval != null && maxInterval.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxInterval must be at least initialDelay");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("jitter must be within 0..0.5");
        }
    }

    /** A fixed interval without growth or jitter (handy against emulators). */
    public static PollPolicy fixed(Duration interval) {
        return new PollPolicy(interval, interval, 1.0, 0.0);
    }

    /** The un-jittered interval before poll number {@code n} (0 for the first), given the cap to use. */
    public Duration interval(int n, Duration cap) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, n);
        return millis >= cap.toMillis() ? cap : Duration.ofMillis((long) millis);
    }
}
