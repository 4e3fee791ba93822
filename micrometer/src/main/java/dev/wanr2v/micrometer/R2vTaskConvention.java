package dev.wanr2v.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and keys of {@link R2vObservationDocumentation#TASK} observations. Implement it (or extend
 * {@link DefaultR2vTaskConvention}) to change them, and pass it to
 * {@link R2vObservations.Builder#taskConvention}, or register it as a global convention on the registry.
 */
public interface R2vTaskConvention extends ObservationConvention<R2vTaskContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof R2vTaskContext;
    }
}
