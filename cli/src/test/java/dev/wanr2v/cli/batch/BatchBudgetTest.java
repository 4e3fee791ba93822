package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.cli.Json;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} against an emulator that enforces DashScope's documented account limits (5 creates/s, 20
 * queries/s, 5 running, the rest queued): far more lines in flight than the account allows creates a second,
 * and none is throttled or lost.
 */
class BatchBudgetTest {
    @TempDir
    Path dir;

    /**
     * One task through a fresh emulator before the batch: its first requests are timed late (their handling
     * loads classes before the emulator reads its clock) and would count as arriving together.
     */
    private static void warmUp(Emulator emulator) {
        try (R2vClient client = R2v.builder().provider("dashscope").baseUrl(emulator.baseUrl()).apiKey("sk-warm")
                .systemProperties(new Properties()).environment(Map.of()).budgets(false).build()) {
            client.generate(R2vRequest.builder().prompt("character1 waves").image("https://example.com/a.png").build());
        }
        emulator.reset();
    }

    @Test
    void aBatchWiderThanTheAccountsLimitsIsNeverThrottled() throws Exception {
        try (Emulator emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withSpeed(10)
                .withAccountLimits(Emulators.documentedLimits("dashscope")))) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                lines.add("{\"prompt\":\"character1 waves " + i + "\",\"refs\":[\"https://example.com/a.png\"]}");
            }
            warmUp(emulator);
            BatchFixture batch = new BatchFixture(dir, emulator, lines.toArray(String[]::new));

            BatchFixture.Run run = batch.run("--concurrency", "16", "--json");

            assertThat(run.exit()).as(run.toString()).isZero();
            JsonNode summary = Json.MAPPER.readTree(run.out());
            assertThat(summary.get("succeeded").asInt()).isEqualTo(16);
            assertThat(summary.at("/calls/throttled").asInt()).as(emulator.account() + "\n" + run).isZero();
            assertThat(summary.at("/calls/creates").asInt()).isEqualTo(16);
            assertThat(summary.at("/calls/budgets").asBoolean()).isTrue();
            assertThat(emulator.account().throttled()).as("calls the vendor throttled").isZero();
            assertThat(emulator.account().of(Operation.CREATE).busiestSecond()).isLessThanOrEqualTo(5);
            assertThat(emulator.createsReceived()).isEqualTo(16);
        }
    }
}
