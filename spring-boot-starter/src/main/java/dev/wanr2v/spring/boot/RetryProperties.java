package dev.wanr2v.spring.boot;

import dev.wanr2v.RetryPolicy;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.convert.DurationUnit;

/** {@code wanr2v.retry.*}: the client's {@link RetryPolicy}; what is not set keeps the default. */
public class RetryProperties {
    /** Attempts of one call in all, the first included (1 = never retry). Default 4. */
    private Integer maxAttempts;

    /** The backoff ceiling before the first retry (each delay is random up to the ceiling). Default 1s. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration initialDelay;

    /** The largest backoff; a longer Retry-After from the vendor ends the call. Default 30s. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration maxDelay;

    /** Growth of the backoff ceiling per retry, at least 1. Default 2. */
    private Double multiplier;

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getInitialDelay() {
        return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    public Duration getMaxDelay() {
        return maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    public Double getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(Double multiplier) {
        this.multiplier = multiplier;
    }

    /** The policy, or {@code null} when no {@code wanr2v.retry.*} property is set. */
    RetryPolicy toPolicy() {
        if (maxAttempts == null && initialDelay == null && maxDelay == null && multiplier == null) {
            return null;
        }
        RetryPolicy d = RetryPolicy.DEFAULT;
        try {
            return new RetryPolicy(maxAttempts != null ? maxAttempts : d.maxAttempts(),
                    initialDelay != null ? initialDelay : d.initialDelay(),
                    maxDelay != null ? maxDelay : d.maxDelay(), multiplier != null ? multiplier : d.multiplier());
        } catch (IllegalArgumentException e) {
            throw R2vProperties.invalid("wanr2v.retry", RetryPolicy.class, e);
        }
    }
}
