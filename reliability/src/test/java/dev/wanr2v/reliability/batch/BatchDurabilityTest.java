package dev.wanr2v.reliability.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import dev.wanr2v.testkit.emulator.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batch durability (docs/RELIABILITY.md, "Batch durability"): the CLI's {@code batch}, a separate JVM,
 * is killed (SIGKILL) at seeded random moments and run again on the same journal until it finishes,
 * against an emulator in this JVM that outlives every run and sees every create. No submitted task is
 * lost, no line is sent twice: each line ends succeeded (one create, its token kept from the run that
 * sent it) or, when a kill landed inside its create, reported unknown and never sent again. Creates are
 * answered 400 ms after the task is made, so that kills do land inside them.
 */
class BatchDurabilityTest {
    private static final int LINES = 10;
    private static final Duration CREATE_ANSWERED_AFTER = Duration.ofMillis(400);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile("\\[batch-(\\d+)]");

    @TempDir
    Path dir;

    @BeforeAll
    static void freshSummary() throws IOException {
        Files.deleteIfExists(Path.of("target", "batch-summary.txt"));
    }

    static Stream<Arguments> runs() {
        long seed = Long.getLong("batch.seed", 20_261_121L);
        return Stream.of(Arguments.of(Vendor.DASHSCOPE, seed), Arguments.of(Vendor.UNIALL, seed + 1),
                Arguments.of(Vendor.WAN26API, seed + 2));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("runs")
    void aBatchKilledAtRandomMomentsLosesNoTaskAndSendsNoLineTwice(Vendor vendor, long seed) throws Exception {
        StatusScript life = StatusScript.builder().queued(Duration.ofMillis(500)).running(0.5, Duration.ofMillis(500))
                .endsWith(Outcome.succeeded());
        try (Emulator emulator = Emulators.start(vendor.id(), EmulatorOptions.defaults()
                .withApiKey(Secrets.API_KEY).withDefaultScript(life))) {
            // every create is handled at once but answered 400 ms later: a kill can land inside a create
            emulator.faults().always(Operation.CREATE, Fault.delay(CREATE_ANSWERED_AFTER));
            Path manifest = Files.write(dir.resolve("jobs.jsonl"), manifestLines());
            List<String> args = List.of("batch", manifest.toString(), "--provider", vendor.id(), "--option",
                    "baseUrl=" + emulator.baseUrl(), "--concurrency", "3", "--poll-interval", "100ms");
            Map<String, String> env = Map.of(vendor.id().toUpperCase(Locale.ROOT) + "_API_KEY", Secrets.API_KEY);
            Random random = new Random(seed);
            List<String> printed = new ArrayList<>();

            int kills = 2 + random.nextInt(2);
            for (int k = 0; k < kills; k++) {
                CliProcess run = CliProcess.start(dir, env, args);
                Thread.sleep(300 + random.nextInt(2_200));
                run.kill();
                printed.add(run.output());
            }
            CliProcess last = CliProcess.start(dir, env, args);
            int exit = last.waitFor(Duration.ofSeconds(90));
            printed.add(last.output());

            List<JsonNode> results = jsonLines(dir.resolve("jobs.results.jsonl"));
            List<JsonNode> journal = jsonLines(dir.resolve("jobs.journal.jsonl"));
            Map<Integer, Long> creates = createsPerLine(emulator);
            Map<Integer, List<String>> tasks = tasksPerLine(emulator);
            Set<Integer> unknown = new TreeSet<>();
            assertThat(results).as(last.toString()).hasSize(LINES);
            for (JsonNode result : results) {
                int line = result.get("line").asInt();
                String status = result.get("status").asText();
                assertThat(creates.getOrDefault(line, 0L)).as("creates of line %d (%s)", line, status)
                        .isLessThanOrEqualTo(1);
                if (status.equals("unknown")) {
                    unknown.add(line);
                    assertThat(intentsWithoutAnswer(journal, line)).as("line %d: its create was cut by a kill", line)
                            .isPositive();
                } else {
                    assertThat(status).as("line %d\n%s", line, last).isEqualTo("succeeded");
                    assertThat(creates.get(line)).as("creates of line %d", line).isEqualTo(1);
                    String taskId = TaskHandle.parse(result.get("token").asText()).taskId();
                    assertThat(tasks.get(line)).as("line %d's task, kept from the run that sent it", line)
                            .containsExactly(taskId);
                }
            }
            long lost = unknown.stream().filter(l -> creates.getOrDefault(l, 0L) == 0).count();
            assertThat(emulator.createsReceived()).as("creates: one per line, but for lines killed before sending")
                    .isEqualTo((int) (LINES - lost));
            assertThat(exit).as(last.toString()).isEqualTo(unknown.isEmpty() ? 0 : 15);
            printed.forEach(text -> Secrets.assertAbsent(text, "the CLI's output"));
            record(vendor, seed, kills, unknown.size(), lost, emulator.createsReceived());
        }
    }

    private static List<String> manifestLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            lines.add("{\"name\":\"take-" + i + "\",\"prompt\":\"character1 takes a bow [batch-" + i
                    + "]\",\"refs\":[\"https://example.com/refs/actor-" + i + ".png\"],\"size\":\"1280*720\","
                    + "\"duration\":5}");
        }
        return lines;
    }

    /** Creates the emulator received, by manifest line (read from each create's body). */
    private static Map<Integer, Long> createsPerLine(Emulator emulator) {
        return emulator.journal().of(Operation.CREATE).stream().map(RecordedRequest::bodyText)
                .collect(Collectors.groupingBy(BatchDurabilityTest::line, Collectors.counting()));
    }

    private static Map<Integer, List<String>> tasksPerLine(Emulator emulator) {
        return emulator.tasks().stream().collect(Collectors.groupingBy(t -> line(t.request().prompt()),
                Collectors.mapping(TaskState::id, Collectors.toList())));
    }

    private static int line(String text) {
        Matcher m = MARKER.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static long intentsWithoutAnswer(List<JsonNode> journal, int line) {
        long intents = journal.stream().filter(r -> is(r, "intent", line)).count();
        long answered = journal.stream().filter(r -> is(r, "submitted", line) || is(r, "unknown", line)
                || is(r, "rejected", line)).count();
        return intents - answered;
    }

    private static boolean is(JsonNode record, String type, int line) {
        return record.path("type").asText().equals(type) && record.path("line").asInt() == line;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String text : Files.readAllLines(file)) {
            if (!text.isBlank()) {
                out.add(JSON.readTree(text));
            }
        }
        return out;
    }

    /** The run's numbers, for docs/RELIABILITY.md. */
    private static void record(Vendor vendor, long seed, int kills, int unknown, long lost, int creates) {
        String line = String.format("%s seed %d: %d kills, %d lines, %d creates, %d unknown (%d never sent)%n",
                vendor, seed, kills, LINES, creates, unknown, lost);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "batch-summary.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
