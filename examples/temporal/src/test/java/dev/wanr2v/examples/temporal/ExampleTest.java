package dev.wanr2v.examples.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.temporal.GenerationResult;
import dev.wanr2v.testkit.MediaSamples;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.Fault;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's worker and starter, as the README runs them, on the in-memory Temporal service and an emulator. */
class ExampleTest {
    @TempDir
    Path videos;

    private TestWorkflowEnvironment env;
    private Emulator emulator;
    private R2vClient r2v;
    private WorkerFactory worker;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        env = TestWorkflowEnvironment.newInstance();
        emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withSpeed(20));
        r2v = R2v.builder().provider("dashscope").baseUrl(emulator.baseUrl()).apiKey("sk-example").budgets(false)
                .build();
        worker = ExampleWorker.start(env.getWorkflowClient(), r2v, videos);
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
        r2v.close();
        env.close();
        emulator.close();
    }

    @Test
    void theStarterGetsTheVideoTheWorkerStored() throws Exception {
        Optional<GenerationResult> result = ExampleStarter.generate(env.getWorkflowClient(), "order-1", request(),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(result).isPresent();
        assertThat(Files.readAllBytes(videos.resolve("wan-r2v-order-1.mp4"))).isEqualTo(MediaSamples.resultVideo());
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("stored " + videos.resolve("wan-r2v-order-1.mp4"));
    }

    @Test
    void theStarterTellsAnUnknownOutcomeWithTheTimeTheCreateWasSent() {
        emulator.faults().next(Operation.CREATE, Fault.connectionReset().afterHandling());

        Optional<GenerationResult> result = ExampleStarter.generate(env.getWorkflowClient(), "order-2", request(),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(result).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("unknown whether the vendor took the create sent at ");
        assertThat(emulator.createsReceived()).isEqualTo(1);
    }

    private static R2vRequest request() {
        return R2vRequest.builder().prompt("character1 waves at the camera")
                .image("https://example.com/alice.png").size("1280*720").build();
    }
}
