package dev.wanr2v.temporal.replay;

import dev.wanr2v.spi.Operation;
import dev.wanr2v.temporal.Generation;
import dev.wanr2v.temporal.GenerationFailedException;
import dev.wanr2v.temporal.harness.Eventually;
import dev.wanr2v.temporal.harness.Harness;
import dev.wanr2v.temporal.harness.Machine;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Records the histories {@link ReplayTest} replays: one generation per way a workflow can go, on the in-memory
 * service against the emulator. Not a test: run it after a deliberate change of the workflow's commands (made
 * behind {@code Workflow.getVersion}, so that old histories still replay), and commit the new files beside the
 * old ones.
 *
 * <pre>
 * mvn -B -ntp -q -pl temporal test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp temporal/target/test-classes:temporal/target/classes:$(cat temporal/target/cp.txt) \
 *     dev.wanr2v.temporal.replay.RecordHistories temporal/src/test/resources/histories
 * </pre>
 */
public final class RecordHistories {
    private RecordHistories() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "temporal/src/test/resources/histories");
        Files.createDirectories(out);
        Path videos = Files.createTempDirectory("histories");
        try (Harness h = new Harness(videos)) {
            Machine first = h.machine();
            h.start("succeeded", Harness.input(1)).result();
            save(h, out, "succeeded");

            h.emulator().faults().times(Operation.CREATE, 2, Fault.throttled(Duration.ofSeconds(2)));
            h.start("throttled-then-succeeded", Harness.input(2)).result();
            save(h, out, "throttled-then-succeeded");

            h.emulator().faults().next(Operation.CREATE, Fault.connectionReset().afterHandling());
            expectFailure(h.start("lost-create-answer", Harness.input(3)));
            save(h, out, "lost-create-answer");

            h.emulator().scriptNextTask(StatusScript.builder().queued(Duration.ofSeconds(10))
                    .endsWith(Outcome.failed("InternalError.Algo", "the model broke")));
            expectFailure(h.start("task-failed", Harness.input(4)));
            save(h, out, "task-failed");

            h.emulator().scriptNextTask(StatusScript.builder().queued(Duration.ofMinutes(3)).endsWith(Outcome.succeeded()));
            h.start("continued-as-new", Harness.input(5).withOptions(Harness.OPTIONS.withMaxHistoryEvents(100)))
                    .result();
            save(h, out, "continued-as-new");

            h.emulator().faults().next(Operation.CREATE, Fault.delay(Duration.ofSeconds(4)));
            Generation dying = h.start("worker-died-mid-create", Harness.input(6));
            Eventually.until("the vendor has the task", Duration.ofSeconds(30), () -> h.emulator().tasksCreated() == 6);
            h.machine();
            first.crash();
            expectFailure(dying);
            save(h, out, "worker-died-mid-create");
        }
    }

    private static void expectFailure(Generation generation) {
        try {
            generation.result();
            throw new IllegalStateException(generation + " succeeded; the scenario meant it to fail");
        } catch (GenerationFailedException expected) {
            // the history of the failure is what is recorded
        }
    }

    private static void save(Harness h, Path out, String key) throws IOException {
        String json = h.env().getWorkflowClient().fetchHistory("wan-r2v-" + key).toJson(true);
        Files.writeString(out.resolve(key + ".json"), json + "\n", StandardCharsets.UTF_8);
    }
}
