package dev.wanr2v.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch}: every line sent at most once, journaled before and after its create, resumable. */
class BatchCommandTest {
    private static final String LINE_1 = "{\"name\":\"one\",\"prompt\":\"character1 waves\",\"refs\":[\"https://example.com/a.png\"],\"size\":\"1280*720\"}";
    private static final String LINE_2 = "{\"prompt\":\"character1 jumps\",\"refs\":[\"https://example.com/b.png\"],\"duration\":4}";
    private static final String LINE_3 = "{\"prompt\":\"character1 sits\",\"refs\":[\"video:https://example.com/c\"],\"seed\":3}";

    @TempDir
    Path dir;
    private Emulator emulator;

    @BeforeEach
    void start() {
        emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withSpeed(10));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void everyLineIsSentOnceWithItsIntentJournaledBeforeAndItsTokenAfterTheCreate() {
        BatchFixture batch = new BatchFixture(dir, emulator, "# three jobs", LINE_1, "", LINE_2, LINE_3);

        BatchFixture.Run first = batch.run("--concurrency", "2");

        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out()).contains("batch: 3 lines: 3 succeeded, 0 failed, 0 unknown, 0 pending");
        List<JsonNode> results = batch.resultLines();
        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(2, 4, 5);
        assertThat(results).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("succeeded"));
        assertThat(results.get(0).get("name").asText()).isEqualTo("one");
        assertThat(emulator.createsReceived()).isEqualTo(3);

        List<JsonNode> journal = batch.journalRecords();
        for (RecordedRequest create : emulator.journal().of(Operation.CREATE)) {
            String taskId = create.taskId().orElseThrow();
            JsonNode submitted = find(journal, "submitted", r -> r.get("taskId").asText().equals(taskId));
            int line = submitted.get("line").asInt();
            JsonNode intent = find(journal, "intent", r -> r.get("line").asInt() == line);
            JsonNode done = find(journal, "done", r -> r.get("line").asInt() == line);
            assertThat(journal.indexOf(intent)).isLessThan(journal.indexOf(submitted));
            assertThat(journal.indexOf(submitted)).isLessThan(journal.indexOf(done));
            assertThat(Instant.parse(intent.get("at").asText())).isBeforeOrEqualTo(create.time());
            assertThat(Instant.parse(submitted.get("at").asText())).isAfterOrEqualTo(create.time());
            assertThat(TaskHandle.parse(submitted.get("token").asText()).taskId()).isEqualTo(taskId);
        }

        BatchFixture.Run again = batch.run();

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(emulator.createsReceived()).as("creates after a re-run").isEqualTo(3);
        assertThat(batch.resultLines()).extracting(r -> r.get("token").asText())
                .containsExactlyElementsOf(results.stream().map(r -> r.get("token").asText()).toList());
    }

    @Test
    void aLineWhoseCreateWasNeverAnsweredIsReportedUnknownAndResentOnlyWhenAsked() throws Exception {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1, LINE_2);
        Files.writeString(batch.journal(), "{\"v\":1,\"type\":\"run\",\"provider\":\"dashscope\"}\n"
                + "{\"v\":1,\"type\":\"intent\",\"at\":\"2030-01-02T03:04:05Z\",\"line\":1,\"attempt\":1,\"sha256\":\""
                + BatchFixture.sha256(LINE_1) + "\"}\n");

        BatchFixture.Run run = batch.run();

        assertThat(run.exit()).as(run.toString()).isEqualTo(15);
        assertThat(batch.resultLines().get(0).get("status").asText()).isEqualTo("unknown");
        assertThat(batch.resultLines().get(0).get("sentAt").asText()).isEqualTo("2030-01-02T03:04:05Z");
        assertThat(batch.resultLines().get(1).get("status").asText()).isEqualTo("succeeded");
        assertThat(run.out()).contains("1 unknown").contains("line 1 (one): unknown: the create was sent at 2030-01-02T03:04:05Z")
                .contains("--resubmit-unknown");
        assertThat(emulator.journal().decodedRequests()).extracting(r -> r.prompt()).containsExactly("character1 jumps");

        BatchFixture.Run resent = batch.run("--resubmit-unknown");

        assertThat(resent.exit()).as(resent.toString()).isZero();
        assertThat(emulator.createsReceived()).isEqualTo(2);
        assertThat(batch.journalRecords()).anySatisfy(r -> {
            assertThat(r.get("type").asText()).isEqualTo("intent");
            assertThat(r.get("attempt").asInt()).isEqualTo(2);
        });
    }

    @Test
    void anAmbiguousCreateIsRecordedUnknownAndNeverResent() {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1);
        emulator.faults().next(Operation.CREATE, Fault.connectionReset().afterHandling());

        BatchFixture.Run first = batch.run();
        BatchFixture.Run second = batch.run();

        assertThat(first.exit()).as(first.toString()).isEqualTo(15);
        assertThat(second.exit()).as(second.toString()).isEqualTo(15);
        assertThat(emulator.tasksCreated()).as("the vendor did create the task").isEqualTo(1);
        assertThat(emulator.createsReceived()).as("creates sent over two runs").isEqualTo(1);
        JsonNode result = batch.resultLines().get(0);
        assertThat(result.get("status").asText()).isEqualTo("unknown");
        assertThat(result.at("/error/category").asText()).isEqualTo("SUBMIT_OUTCOME_UNKNOWN");
        assertThat(batch.journalRecords()).extracting(r -> r.get("type").asText()).contains("intent", "unknown")
                .doesNotContain("submitted");
    }

    @Test
    void aCreateTheVendorRejectedIsSentAgainOnTheNextRun() {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1, LINE_2);
        emulator.faults().next(Operation.CREATE, Fault.vendorError(400, "InvalidParameter", "the gateway said no"));

        BatchFixture.Run first = batch.run("--concurrency", "1");

        assertThat(first.exit()).as(first.toString()).isEqualTo(20);
        assertThat(batch.resultLines().get(0).get("status").asText()).isEqualTo("failed");
        assertThat(batch.resultLines().get(0).at("/error/category").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(batch.journalRecords()).extracting(r -> r.get("type").asText()).contains("rejected");

        BatchFixture.Run second = batch.run();

        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(emulator.createsReceived()).as("line 1 twice (first rejected), line 2 once").isEqualTo(3);
        assertThat(emulator.tasksCreated()).isEqualTo(2);
    }

    @Test
    void pendingTasksAreResumedByTheirTokenNotSentAgain() {
        emulator.defaultScript(StatusScript.builder().queued(Duration.ofSeconds(30)).endsWith(Outcome.succeeded()));
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1, LINE_2);

        BatchFixture.Run first = batch.run("--timeout", "500ms");

        assertThat(first.exit()).as(first.toString()).isEqualTo(20);
        assertThat(batch.resultLines()).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("pending"));
        assertThat(first.out()).contains("0 succeeded, 0 failed, 0 unknown, 2 pending");

        BatchFixture.Run second = batch.run();

        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.err()).contains("line 1 (one): resuming dashscope task");
        assertThat(emulator.createsReceived()).isEqualTo(2);
    }

    @Test
    void invalidLinesStopTheBatchBeforeAnythingIsSentUnlessSkipped() {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1, "{not json",
                "{\"prompt\":\"x\",\"refs\":[\"https://example.com/a.png\"],\"colour\":\"red\",\"duration\":\"five\"}",
                "{\"prompt\":\"\",\"refs\":[\"https://example.com/a.png\",\"ftp://example.com/b.png\"],\"duration\":60}");

        BatchFixture.Run refused = batch.run();

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("  - line 2: json:").contains("  - line 3: colour: is not a field")
                .contains("  - line 3: duration: must be a whole number").contains("  - line 4: prompt:")
                .contains("  - line 4: duration: 60 s")
                .contains("  - line 4: refs[1]: scheme 'ftp:' is not allowed").doesNotContain("references[");
        assertThat(emulator.journal().size()).isZero();
        assertThat(batch.journal()).as("a refused batch leaves no journal").doesNotExist();

        BatchFixture.Run skipped = batch.run("--skip-invalid");

        assertThat(skipped.exit()).as(skipped.toString()).isEqualTo(20);
        assertThat(batch.resultLines()).extracting(r -> r.get("status").asText())
                .containsExactly("succeeded", "failed", "failed", "failed");
        assertThat(batch.resultLines().get(3).at("/error/category").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(skipped.out()).as("each skipped line's reasons").containsPattern(
                "line 4: failed: INVALID_REQUEST: .*nothing was sent:\n    - prompt: .*\n    - refs\\[1]: .*\n    - duration: 60 s");
        assertThat(emulator.createsReceived()).isEqualTo(1);
    }

    @Test
    void aSucceededLineSaysItsCostWhereTheVendorReportsIt() {
        try (Emulator wan = Emulators.start("wan26api", EmulatorOptions.defaults().withSpeed(10))) {
            BatchFixture batch = new BatchFixture(dir, wan, "{\"name\":\"w\",\"prompt\":\"character1 waves\","
                    + "\"refs\":[\"https://example.com/a.png\"],\"size\":\"1280*720\",\"duration\":4,\"silent\":true}");

            BatchFixture.Run run = batch.run();

            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err()).contains("line 1 (w): succeeded (cost 0.1 USD)");
        }
    }

    @Test
    void aManifestChangedUnderItsJournalIsRefusedButNewLinesAtTheEndRun() {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1, LINE_2);
        assertThat(batch.run().exit()).isZero();

        batch.write(LINE_1.replace("waves", "bows"), LINE_2);
        BatchFixture.Run changed = batch.run();

        assertThat(changed.exit()).as(changed.toString()).isEqualTo(65);
        assertThat(changed.err()).contains("line 1 changed since it was sent");
        assertThat(emulator.createsReceived()).isEqualTo(2);

        batch.write(LINE_1, LINE_2, LINE_3);
        BatchFixture.Run appended = batch.run();

        assertThat(appended.exit()).as(appended.toString()).isZero();
        assertThat(emulator.createsReceived()).isEqualTo(3);
        assertThat(emulator.journal().decodedRequests()).extracting(r -> r.prompt()).last().isEqualTo("character1 sits");
    }

    @Test
    void aJournalInUseByAnotherRunIsRefused() throws Exception {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1);
        try (FileChannel channel = FileChannel.open(batch.journal(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            BatchFixture.Run run = batch.run();

            assertThat(lock.isValid()).isTrue();
            assertThat(run.exit()).as(run.toString()).isEqualTo(65);
            assertThat(run.err()).contains("in use by another batch run");
        }
        assertThat(emulator.journal().size()).isZero();
    }

    @Test
    void downloadsEachVideoByNameOrLineAndAgainIfTheFileIsGone() throws Exception {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1, LINE_2);
        Path downloads = dir.resolve("videos").resolve("today"); // created by the batch

        BatchFixture.Run first = batch.run("--download-dir", downloads.toString(), "--json");

        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(Files.readAllBytes(downloads.resolve("one.mp4"))).isEqualTo(dev.wanr2v.testkit.MediaSamples.resultVideo());
        assertThat(downloads.resolve("line-0002.mp4")).exists();
        assertThat(batch.resultLines().get(1).get("file").asText()).isEqualTo(downloads.resolve("line-0002.mp4").toAbsolutePath().toString());
        JsonNode summary = dev.wanr2v.cli.Json.MAPPER.readTree(first.out());
        assertThat(summary.get("succeeded").asInt()).isEqualTo(2);

        Files.delete(downloads.resolve("one.mp4"));
        BatchFixture.Run second = batch.run("--download-dir", downloads.toString());

        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(downloads.resolve("one.mp4")).exists();
        assertThat(emulator.createsReceived()).isEqualTo(2);
    }

    @Test
    void anEmulatedRunCannotResumeTasksOfAnEarlierRun() throws Exception {
        BatchFixture batch = new BatchFixture(dir, emulator, LINE_1);
        emulator.defaultScript(StatusScript.queuedForever());
        assertThat(batch.run("--timeout", "300ms").exit()).isEqualTo(20);

        var cmd = dev.wanr2v.cli.Main.commandLine();
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        cmd.setOut(new java.io.PrintWriter(out, true));
        cmd.setErr(new java.io.PrintWriter(err, true));
        int exit = cmd.execute("batch", batch.manifest.toString(), "--emulate", "--provider", "dashscope");

        assertThat(exit).as(err.toString()).isEqualTo(65);
        assertThat(err.toString()).contains("--emulate starts a new, empty emulator");
    }

    private static JsonNode find(List<JsonNode> records, String type, java.util.function.Predicate<JsonNode> which) {
        return records.stream().filter(r -> r.get("type").asText().equals(type)).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " record in " + records));
    }
}
