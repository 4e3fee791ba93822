package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.R2vProvider;
import dev.wanr2v.spi.Submission;
import io.temporal.worker.WorkerOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The budget's figures: the account limits the client's provider declares (any provider's) by default, then
 * environment, then system property; the worker's client keeps no budget of its own.
 */
class WorkerLimitsTest {
    private static final Map<String, String> NONE = Map.of();

    @Test
    void theRatesAreTheAccountLimitsTheProviderDeclares() {
        for (R2vClient client : List.of(client("dashscope", false), client("uniall", false), thirdParty())) {
            try (client) {
                AccountLimits declared = client.capabilities().accountLimits();

                WorkerLimits limits = WorkerSetup.builder(client).build().limits();

                assertThat(limits).as(client.provider().id()).isEqualTo(new WorkerLimits(declared.createsPerSecond(),
                        declared.queriesPerSecond(), WorkerLimits.DEFAULT_CONCURRENT_CREATES,
                        WorkerLimits.DEFAULT_CONCURRENT_QUERIES));
            }
        }
        assertThat(WorkerLimits.of(AccountLimits.documented(5, 20))).as("DashScope's published figures")
                .isEqualTo(new WorkerLimits(5, 20, 10, 50));
        assertThat(WorkerLimits.of(AccountLimits.UNDOCUMENTED)).isEqualTo(new WorkerLimits(2, 10, 10, 50));
        assertThat(WorkerLimits.of(AcmeVideo.LIMITS)).isEqualTo(new WorkerLimits(3, 12, 10, 50));
    }

    @Test
    void theActivityWorkersHoldTheFiguresTheReadmeTableSays() throws Exception {
        WorkerLimits limits;
        try (R2vClient client = thirdParty()) {
            limits = WorkerSetup.builder(client).build().limits();
        }
        WorkerOptions creates = R2vTemporal.createWorkerOptions(limits);
        WorkerOptions queries = R2vTemporal.queryWorkerOptions(limits);

        assertThat(creates.getMaxTaskQueueActivitiesPerSecond()).isEqualTo(AcmeVideo.LIMITS.createsPerSecond());
        assertThat(creates.getMaxWorkerActivitiesPerSecond()).isEqualTo(AcmeVideo.LIMITS.createsPerSecond());
        assertThat(creates.getMaxConcurrentActivityExecutionSize()).isEqualTo(WorkerLimits.DEFAULT_CONCURRENT_CREATES);
        assertThat(queries.getMaxTaskQueueActivitiesPerSecond()).isEqualTo(AcmeVideo.LIMITS.queriesPerSecond());
        assertThat(queries.getMaxWorkerActivitiesPerSecond()).isEqualTo(AcmeVideo.LIMITS.queriesPerSecond());
        assertThat(queries.getMaxConcurrentActivityExecutionSize()).isEqualTo(WorkerLimits.DEFAULT_CONCURRENT_QUERIES);
        assertThat(Files.readString(Path.of("../README.md")))
                .contains("`WorkerOptions.setMaxTaskQueueActivitiesPerSecond` (creates: the provider's create rate")
                .contains("`setMaxWorkerActivitiesPerSecond` (the same figure)")
                .contains("`setMaxConcurrentActivityExecutionSize` (creates " + WorkerLimits.DEFAULT_CONCURRENT_CREATES
                        + ", queries " + WorkerLimits.DEFAULT_CONCURRENT_QUERIES + ")")
                .contains("`wanr2v.temporal.createsPerSecond`", "`WAN_R2V_TEMPORAL_CREATES_PER_SECOND`");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverTheDeclaredLimits() {
        Map<String, String> properties = Map.of("wanr2v.temporal.createsPerSecond", "4");
        Map<String, String> environment = Map.of("WAN_R2V_TEMPORAL_CREATES_PER_SECOND", "3",
                "WAN_R2V_TEMPORAL_QUERIES_PER_SECOND", "15", "WAN_R2V_TEMPORAL_CONCURRENT_QUERIES", "8");

        WorkerLimits limits = WorkerLimits.from(AcmeVideo.LIMITS, properties::get, environment::get);

        assertThat(limits).isEqualTo(new WorkerLimits(4, 15, 10, 8));
        assertThat(WorkerLimits.from(AcmeVideo.LIMITS, NONE::get, NONE::get)).isEqualTo(WorkerLimits.of(AcmeVideo.LIMITS));
    }

    @Test
    void limitsGivenToTheSetupReplaceTheDeclaredOnes() {
        try (R2vClient client = client("dashscope", false)) {
            WorkerLimits mine = new WorkerLimits(4, 18, 2, 5);

            assertThat(WorkerSetup.builder(client).limits(mine).build().limits()).isSameAs(mine);
        }
    }

    @Test
    void aWorkerClientWithABudgetOfItsOwnIsRefused() {
        try (R2vClient budgeted = client("dashscope", true); R2vClient plain = client("dashscope", false)) {
            assertThat(catchThrowable(() -> WorkerSetup.builder(budgeted).build()))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("budgets(false)")
                    .hasMessageContaining("WAN_R2V_BUDGETS=false");
            assertThat(WorkerSetup.builder(plain).build().client()).isSameAs(plain);
        }
    }

    @Test
    void aValueThatIsNotANumberNamesItsSetting() {
        Throwable e = catchThrowable(() -> WorkerLimits.from(AcmeVideo.LIMITS, NONE::get,
                Map.of("WAN_R2V_TEMPORAL_QUERIES_PER_SECOND", "twenty")::get));

        assertThat(e).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("WAN_R2V_TEMPORAL_QUERIES_PER_SECOND").hasMessageContaining("twenty");
        assertThat(catchThrowable(() -> WorkerLimits.from(AcmeVideo.LIMITS, NONE::get,
                Map.of("WAN_R2V_TEMPORAL_CONCURRENT_CREATES", "2.5")::get)))
                .as("a fraction of an activity is refused, not cut to 2").isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("WAN_R2V_TEMPORAL_CONCURRENT_CREATES").hasMessageContaining("whole number");
        assertThat(catchThrowable(() -> WorkerLimits.from(AcmeVideo.LIMITS,
                Map.of("wanr2v.temporal.createsPerSecond", "-1")::get, NONE::get)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("wanr2v.temporal.createsPerSecond")
                .hasMessageContaining("positive");
        assertThat(catchThrowable(() -> WorkerLimits.of(AcmeVideo.LIMITS).withCreatesPerSecond(0)))
                .hasMessageContaining("createsPerSecond");
    }

    private static R2vClient client(String provider, boolean budgets) {
        return R2v.builder().provider(provider).baseUrl("http://127.0.0.1:9").apiKey("sk-setup")
                .systemProperties(new Properties()).environment(NONE).budgets(budgets).build();
    }

    private static R2vClient thirdParty() {
        return R2v.builder().provider(new AcmeVideo()).systemProperties(new Properties()).environment(NONE)
                .budgets(false).build();
    }

    /** A third party's provider, as a jar of its own would bring it: only its declarations matter here. */
    static final class AcmeVideo implements R2vProvider {
        static final AccountLimits LIMITS = AccountLimits.documented(3, 12).withRunningTasks(4, false);

        @Override
        public String id() {
            return "acme-video";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String displayName() {
            return "Acme Video";
        }

        @Override
        public List<ConfigOption> configOptions() {
            return List.of();
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.builder().accountLimits(LIMITS).build();
        }

        @Override
        public ProviderCodec codec(ProviderConfig config) {
            return new Codec(capabilities());
        }

        /** Declares; sends nothing (the tests only build clients). */
        private record Codec(Capabilities capabilities) implements ProviderCodec {
            @Override
            public URI endpoint() {
                return URI.create("https://api.acme-video.example");
            }

            @Override
            public HttpCall createCall(PreparedRequest request) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public Submission readCreate(HttpReply reply) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public HttpCall statusCall(String taskId) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public TaskSnapshot readStatus(String taskId, HttpReply reply) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public ErrorInfo readError(Operation operation, HttpReply reply) {
                throw new UnsupportedOperationException("not sent in this test");
            }
        }
    }
}
