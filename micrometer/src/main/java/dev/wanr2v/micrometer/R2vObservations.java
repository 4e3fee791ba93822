package dev.wanr2v.micrometer;

import dev.wanr2v.observation.R2vObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Micrometer observations and meters for a wan-r2v client, in OpenTelemetry's GenAI vocabulary. One builder call
 * attaches them:
 *
 * <pre>{@code
 * R2vClient client = R2v.builder().provider("dashscope")
 *         .observer(R2vObservations.of(observationRegistry, meterRegistry))
 *         .build();
 * }</pre>
 *
 * <p>Every HTTP exchange becomes a {@code gen_ai.client.operation} observation and every task a
 * {@code wanr2v.task} observation, the task's exchanges its children ({@link R2vObservationDocumentation} lists
 * names and keys). A registry with a meter handler (Spring Boot registers one) times both; a tracing handler
 * makes them spans. With a {@link MeterRegistry}, meters beside them count tasks by outcome, billed video seconds
 * and cost, status calls per task, throttled calls and budget waits (the README lists them); without one,
 * {@code micrometer-core} need not be on the class path.
 *
 * <p>No prompt, API key, reference URL or result URL goes into a key, tag or event; the prompt only with
 * {@link Builder#includePrompt(boolean)}.
 */
public final class R2vObservations {
    private R2vObservations() {
    }

    /** Observations in this registry, no meters of their own. */
    public static R2vObserver of(ObservationRegistry observations) {
        return builder(observations).build();
    }

    /**
     * Observations in this registry and meters in that one.
     *
     * @param meters the meter registry, or {@code null} for observations only
     */
    public static R2vObserver of(ObservationRegistry observations, MeterRegistry meters) {
        return builder(observations).meterRegistry(meters).build();
    }

    /** A builder, for conventions of your own or the prompt. */
    public static Builder builder(ObservationRegistry observations) {
        return new Builder(observations);
    }

    /** Builds the observer. Not thread-safe; the observer it builds is. */
    public static final class Builder {
        private final ObservationRegistry observations;
        private MeterRegistry meters;
        private R2vTaskConvention taskConvention;
        private R2vCallConvention callConvention;
        private boolean includePrompt;

        private Builder(ObservationRegistry observations) {
            this.observations = Objects.requireNonNull(observations, "observations");
        }

        /** Records the meters in this registry too; {@code null} for none (the default). */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meters = registry;
            return this;
        }

        /** Names and keys of task observations; default {@link DefaultR2vTaskConvention} (or a global one). */
        public Builder taskConvention(R2vTaskConvention convention) {
            this.taskConvention = convention;
            return this;
        }

        /** Names and keys of call observations; default {@link DefaultR2vCallConvention} (or a global one). */
        public Builder callConvention(R2vCallConvention convention) {
            this.callConvention = convention;
            return this;
        }

        /**
         * Whether the default task convention puts the prompt into high-cardinality key {@code wanr2v.prompt} (a
         * span attribute, never a metric tag). Off by default: prompts may hold personal or confidential text.
         */
        public Builder includePrompt(boolean include) {
            this.includePrompt = include;
            return this;
        }

        /** The observer, for {@code R2v.builder().observer(..)}. */
        public R2vObserver build() {
            return new MicrometerObserver(observations, taskConvention, callConvention, includePrompt,
                    meters == null ? MeterSink.NONE : new R2vMeters(meters));
        }
    }
}
