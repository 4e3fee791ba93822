package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.cli.JarProcess;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The billing guarantee under a real crash: a batch in its own JVM is killed (SIGKILL, no shutdown hooks)
 * once its journal holds some tokens, then run again with the same journal. The emulator, in this JVM,
 * outlives both runs and counts every create it receives.
 */
class BatchCrashIT {
    private static final int LINES = 8;

    @TempDir
    Path dir;

    @Test
    void aKilledBatchResumesWithExactlyOneCreatePerLine() throws Exception {
        StatusScript slow = StatusScript.builder().queued(Duration.ofMillis(1500)).running(0.5, Duration.ofMillis(1500))
                .endsWith(Outcome.succeeded());
        try (Emulator emulator = Emulators.start("wan26api", EmulatorOptions.defaults().withDefaultScript(slow))) {
            List<String> manifest = new ArrayList<>();
            for (int i = 1; i <= LINES; i++) {
                manifest.add("{\"prompt\":\"character1 take " + i + "\",\"refs\":[\"https://example.com/actor" + i + ".png\"],\"size\":\"1280*720\"}");
            }
            Path manifestFile = Files.write(dir.resolve("jobs.jsonl"), manifest);
            Path journal = dir.resolve("jobs.journal.jsonl");
            String[] args = {"batch", manifestFile.toString(), "--provider", "wan26api", "--option",
                "baseUrl=" + emulator.baseUrl(), "--concurrency", "3", "--poll-interval", "200ms"};
            Map<String, String> env = Map.of("WAN26API_API_KEY", "sk-crash-test");

            List<JsonNode> beforeKill;
            try (JarProcess first = JarProcess.start(dir, env, args)) {
                awaitTokens(journal, 2, first);
                first.kill();
                first.waitFor(Duration.ofSeconds(30));
                beforeKill = BatchFixture.jsonLines(journal);
            }
            int createsBeforeKill = emulator.createsReceived();
            List<Integer> inFlightAtKill = linesWith(beforeKill, "intent");
            inFlightAtKill.removeAll(linesWith(beforeKill, "submitted"));
            assertThat(createsBeforeKill).as("the first run was stopped half-way").isLessThan(LINES);

            int exit;
            try (JarProcess second = JarProcess.start(dir, env, args)) {
                exit = second.waitFor(Duration.ofSeconds(90));
                assertThat(second.err()).contains("resuming wan26api task");
                assertThat(exit).as(second.toString()).isIn(0, 15);
            }

            Map<String, Long> createsPerPrompt = emulator.journal().decodedRequests().stream()
                    .collect(Collectors.groupingBy(R2vRequest::prompt, Collectors.counting()));
            List<JsonNode> results = BatchFixture.jsonLines(dir.resolve("jobs.results.jsonl"));
            assertThat(results).hasSize(LINES);
            for (JsonNode result : results) {
                int line = result.get("line").asInt();
                long creates = createsPerPrompt.getOrDefault("character1 take " + line, 0L);
                if (inFlightAtKill.contains(line)) {
                    // the kill landed inside this line's create: reported unknown, never sent again
                    assertThat(result.get("status").asText()).as("line " + line).isEqualTo("unknown");
                    assertThat(creates).as("creates of line " + line).isLessThanOrEqualTo(1);
                } else {
                    assertThat(result.get("status").asText()).as("line " + line).isEqualTo("succeeded");
                    assertThat(creates).as("creates of line " + line).isEqualTo(1);
                }
            }
            assertThat(exit).isEqualTo(inFlightAtKill.isEmpty() ? 0 : 15);
            Map<Integer, String> tokensBeforeKill = beforeKill.stream()
                    .filter(r -> r.get("type").asText().equals("submitted"))
                    .collect(Collectors.toMap(r -> r.get("line").asInt(), r -> r.get("token").asText()));
            Map<Integer, JsonNode> byLine = results.stream().collect(Collectors.toMap(r -> r.get("line").asInt(), Function.identity()));
            tokensBeforeKill.forEach((line, token) ->
                    assertThat(byLine.get(line).get("token").asText()).as("line " + line + " resumed, not resent").isEqualTo(token));
            assertThat(emulator.createsReceived()).isEqualTo(LINES - inFlightAtKill.size()
                    + (int) inFlightAtKill.stream().filter(l -> createsPerPrompt.containsKey("character1 take " + l)).count());
        }
    }

    private static void awaitTokens(Path journal, int count, JarProcess process) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(journal) && linesWith(BatchFixture.jsonLines(journal), "submitted").size() >= count) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the journal never held " + count + " tokens\n" + process);
    }

    private static List<Integer> linesWith(List<JsonNode> records, String type) {
        return records.stream().filter(r -> r.get("type").asText().equals(type)).map(r -> r.get("line").asInt())
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
