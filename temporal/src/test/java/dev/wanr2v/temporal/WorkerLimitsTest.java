package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The budget's figures: DashScope's published ones by default, then environment, then system property; the worker's
 * client keeps no budget of its own.
 */
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
    void aWorkerClientWithABudgetOfItsOwnIsRefused() {
        try (R2vClient budgeted = client(true); R2vClient plain = client(false)) {
            assertThat(catchThrowable(() -> WorkerSetup.builder(budgeted).build()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("budgets(false)")
                    .hasMessageContaining("WAN_R2V_BUDGETS=false");
            assertThat(WorkerSetup.builder(plain).build().client()).isSameAs(plain);
        }
    }

    private static R2vClient client(boolean budgets) {
        return R2v.builder().provider("dashscope").baseUrl("http://127.0.0.1:9").apiKey("sk-setup")
                .systemProperties(new Properties()).environment(Map.of()).budgets(budgets).build();
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
