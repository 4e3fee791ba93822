package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.temporal.harness.Harness;
import dev.wanr2v.temporal.harness.WithHarness;
import dev.wanr2v.temporal.harness.Machine;
import dev.wanr2v.testkit.MediaSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One generation through the workflow, against the DashScope emulator, on the in-memory Temporal service. */
class GenerationWorkflowTest extends WithHarness {
    @Test
    void generatesOneClipStoresItAndKeepsSecretsOutOfTheResult() throws Exception {
        Machine machine = harness.machine();

        Generation generation = harness.start("order-1", Harness.input(1));
        GenerationResult result = generation.result();

        TaskHandle handle = TaskHandle.parse(result.token());
        assertThat(handle.taskId()).isEqualTo(result.taskId());
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
        assertThat(harness.emulator().tasksCreated()).isEqualTo(1);
        assertThat(harness.emulator().journal().decodedRequests()).containsExactly(Harness.request(1));
        Path file = Path.of(result.stored().location());
        assertThat(file).isEqualTo(videos.resolve("wan-r2v-order-1.mp4"));
        assertThat(Files.readAllBytes(file)).isEqualTo(MediaSamples.resultVideo());
        assertThat(result.stored().bytes()).isEqualTo(MediaSamples.resultVideo().length);
        assertThat(result.videoUrl()).contains("/files/").doesNotContain("Signature").doesNotContain("Expires");
        assertThat(result.polls()).isPositive();
        assertThat(machine.activities().started("WanR2vCreate")).isEqualTo(1);
        assertThat(machine.activities().started("WanR2vStatus")).isEqualTo(result.polls());
        assertThat(generation.state()).satisfies(s -> {
            assertThat(s.phase()).isEqualTo(GenerationState.Phase.SUCCEEDED);
            assertThat(s.token()).isEqualTo(result.token());
            assertThat(s.status()).isEqualTo(TaskStatus.SUCCEEDED);
        });
    }

    @Test
    void startingTheSameKeyAgainAttachesAndNeverCreatesASecondTask() {
        harness.machine();

        Generation first = harness.start("order-2", Harness.input(2));
        Generation whileRunning = harness.start("order-2", Harness.input(99));
        GenerationResult result = first.result();
        Generation afterwards = harness.start("order-2", Harness.input(100));

        assertThat(whileRunning.result()).isEqualTo(result);
        assertThat(afterwards.result()).isEqualTo(result);
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
        assertThat(harness.emulator().journal().decodedRequests()).containsExactly(Harness.request(2));
    }
}
