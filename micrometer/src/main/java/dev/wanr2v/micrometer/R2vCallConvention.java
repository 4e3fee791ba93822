package dev.wanr2v.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and keys of {@link R2vObservationDocumentation#CALL} observations. Implement it (or extend
 * {@link DefaultR2vCallConvention}) to change them, and pass it to
 * {@link R2vObservations.Builder#callConvention}, or register it as a global convention on the registry.
 */
public interface R2vCallConvention extends ObservationConvention<R2vCallContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof R2vCallContext;
    }
}
