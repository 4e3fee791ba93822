package dev.wanr2v.micrometer;

import dev.wanr2v.observation.CallEnd;
import dev.wanr2v.observation.CallStart;
import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;

/** The context of a {@link R2vObservationDocumentation#CALL} observation: what started it, and how it ended. */
public final class R2vCallContext extends Observation.Context {
    private final CallStart start;
    private volatile CallEnd end;

    /** A context for an exchange that starts. */
    public R2vCallContext(CallStart start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    /** What started the exchange: operation, provider, model, task, attempt. */
    public CallStart start() {
        return start;
    }

    /** How it ended; empty until it did. */
    public Optional<CallEnd> end() {
        return Optional.ofNullable(end);
    }

    void ended(CallEnd callEnd) {
        this.end = callEnd;
    }
}
