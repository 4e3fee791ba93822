package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The budget's figures: DashScope's published ones by default, then environment, then system property. */
class WorkerLimitsTest {

    @Test
    void defaultsAreDashScopesPublishedAccountLimits() {
        WorkerLimits limits = WorkerLimits.from(Map.<String, String>of()::get, Map.<String, String>of()::get);

        assertThat(limits).isEqualTo(WorkerLimits.defaults());
        assertThat(limits.createsPerSecond()).isEqualTo(5);
        assertThat(limits.queriesPerSecond()).isEqualTo(20);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Map<String, String> properties = Map.of("wanr2v.temporal.createsPerSecond", "4");
        Map<String, String> environment = Map.of("WAN_R2V_TEMPORAL_CREATES_PER_SECOND", "3",
                "WAN_R2V_TEMPORAL_QUERIES_PER_SECOND", "15", "WAN_R2V_TEMPORAL_CONCURRENT_QUERIES", "8");

        WorkerLimits limits = WorkerLimits.from(properties::get, environment::get);

        assertThat(limits).isEqualTo(new WorkerLimits(4, 15, 10, 8));
    }

    @Test
    void aValueThatIsNotANumberNamesItsSetting() {
        Throwable e = catchThrowable(() -> WorkerLimits.from(Map.<String, String>of()::get,
                Map.of("WAN_R2V_TEMPORAL_QUERIES_PER_SECOND", "twenty")::get));

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WAN_R2V_TEMPORAL_QUERIES_PER_SECOND").hasMessageContaining("twenty");
        assertThat(catchThrowable(() -> WorkerLimits.defaults().withCreatesPerSecond(0)))
                .hasMessageContaining("createsPerSecond");
    }
}
