package dev.wanr2v.temporal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The workflow's fixed decisions that need no Temporal: sink names and the create backoff. */
class StepsTest {

    @Test
    void sinkNamesArePlainWorkflowIdsOrDistinctSafeNames() {
        assertThat(Steps.sinkName("wan-r2v-order-1")).isEqualTo("wan-r2v-order-1");
        String slash = Steps.sinkName("wan-r2v-a/b");
        String colon = Steps.sinkName("wan-r2v-a:b");

        assertThat(slash).matches("[A-Za-z0-9._-]+").startsWith("wan-r2v-a_b-").isNotEqualTo(colon);
        assertThat(colon).matches("[A-Za-z0-9._-]+");
        assertThat(Steps.sinkName("..hidden")).doesNotStartWith(".");
        assertThat(Steps.sinkName("x".repeat(400))).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void createBackoffDoublesToAMinuteAndHonoursRetryAfter() {
        assertThat(Steps.createBackoff(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Steps.createBackoff(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Steps.createBackoff(20, null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Steps.createBackoff(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    }
}
