package dev.wanr2v.spring.boot;

import dev.wanr2v.PollPolicy;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.convert.DurationUnit;

/** {@code wanr2v.poll.*}: the client's {@link PollPolicy}; what is not set keeps the default. */
public class PollProperties {
    /** The delay before the first status call of a wait. Default 2s. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration initialDelay;

    /** The longest interval between status calls. Default: the provider's advice (DashScope 15s). */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration maxInterval;

    /** Growth of the interval from one status call to the next, at least 1. Default 1.5. */
    private Double multiplier;

    /** Random variation of each interval, 0 to 0.5, so that many waits do not poll in step. Default 0.2. */
    private Double jitter;

    public Duration getInitialDelay() {
        return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    public Duration getMaxInterval() {
        return maxInterval;
    }

    public void setMaxInterval(Duration maxInterval) {
        this.maxInterval = maxInterval;
    }

    public Double getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(Double multiplier) {
        this.multiplier = multiplier;
    }

    public Double getJitter() {
        return jitter;
    }

    public void setJitter(Double jitter) {
        this.jitter = jitter;
    }

    /** The policy, or {@code null} when no {@code wanr2v.poll.*} property is set. */
    PollPolicy toPolicy() {
        if (initialDelay == null && maxInterval == null && multiplier == null && jitter == null) {
            return null;
        }
        PollPolicy d = PollPolicy.DEFAULT;
        try {
            return new PollPolicy(initialDelay != null ? initialDelay : d.initialDelay(),
                    maxInterval != null ? maxInterval : d.maxInterval(),
                    multiplier != null ? multiplier : d.multiplier(), jitter != null ? jitter : d.jitter());
        } catch (IllegalArgumentException e) {
            throw R2vProperties.invalid("wanr2v.poll", PollPolicy.class, e);
        }
    }
}
