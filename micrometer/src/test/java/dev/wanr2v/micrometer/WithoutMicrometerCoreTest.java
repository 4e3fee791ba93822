package dev.wanr2v.micrometer;

import static dev.wanr2v.micrometer.EmulatedClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.testkit.emulator.Emulator;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

/**
 * Observations without {@code micrometer-core} (optional): this class runs in a surefire execution of its own
 * whose class path leaves it out (see the pom).
 */
class WithoutMicrometerCoreTest {

    @Test
    void observationsNeedNoMicrometerCore() {
        assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
                .as("this test runs without micrometer-core").isInstanceOf(ClassNotFoundException.class);
        TestObservationRegistry observations = TestObservationRegistry.create();

        try (Emulator emulator = EmulatedClients.start(); EmulatedClients dashscope = new EmulatedClients(emulator)) {
            assertThat(dashscope.client(R2vObservations.of(observations)).generate(request()).url()).isNotBlank();
        }

        TestObservationRegistryAssert.assertThat(observations).hasObservationWithNameEqualTo("wanr2v.task").that()
                .hasLowCardinalityKeyValue("wanr2v.task.outcome", "succeeded");
    }
}
