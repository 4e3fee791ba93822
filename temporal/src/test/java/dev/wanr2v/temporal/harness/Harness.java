package dev.wanr2v.temporal.harness;

import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.VideoSize;
import dev.wanr2v.temporal.Generation;
import dev.wanr2v.temporal.GenerationInput;
import dev.wanr2v.temporal.GenerationOptions;
import dev.wanr2v.temporal.R2vTemporal;
import dev.wanr2v.temporal.TaskQueues;
import dev.wanr2v.temporal.VideoSink;
import dev.wanr2v.temporal.WorkerSetup;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.EmulatorOptions;
import dev.wanr2v.testkit.emulator.Emulators;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An in-memory Temporal service (time skipping), the DashScope emulator on loopback living on the service's clock,
 * and worker machines made on demand. Close it after each test.
 */
public final class Harness implements AutoCloseable {
    /** Short heartbeats, so that a crashed worker is found out within seconds of real time. */
    public static final GenerationOptions OPTIONS = GenerationOptions.defaults()
            .withHeartbeatTimeout(Duration.ofSeconds(2));

    /**
     * The in-memory service never moves a workflow task off the sticky queue of a worker that died (a real server
     * does after 5 s): without sticky execution, a machine's workflows move to the others at once.
     */
    private static final WorkerOptions NOT_STICKY = WorkerOptions.newBuilder()
            .setStickyQueueScheduleToStartTimeout(Duration.ZERO).build();

    /**
     * How long the emulator keeps results. Far longer than a vendor's 24 h: once nothing is pending, the in-memory
     * service may skip its clock to the farthest timer it holds (a workflow's default 10-year run timeout; seen
     * after a workflow ended while its result was awaited), and results must outlive that jump.
     */
    private static final Duration RESULTS_LIVE = Duration.ofDays(366L * 30);

    private static final RetryPolicy FAST_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2);

    private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
    private final Emulator emulator;
    private final Path videos;
    private final List<Machine> machines = new ArrayList<>();

    /** A harness whose machines store videos in {@code videos}. */
    public Harness(Path videos) {
        this(videos, UnaryOperator.identity());
    }

    /** A harness whose emulator's options {@code emulatorOptions} changes (e.g. to enforce account limits). */
    public Harness(Path videos, UnaryOperator<EmulatorOptions> emulatorOptions) {
        this.videos = videos;
        this.emulator = Emulators.start("dashscope", emulatorOptions.apply(EmulatorOptions.defaults()
                .withClock(new EnvClock(env)).withResultLifetime(RESULTS_LIVE)));
    }

    /** The Temporal test environment. */
    public TestWorkflowEnvironment env() {
        return env;
    }

    /** The vendor emulator. */
    public Emulator emulator() {
        return emulator;
    }

    /** A new machine with the default setup (sink: the harness's directory). */
    public Machine machine() {
        return machine(b -> b);
    }

    /** A new machine whose setup {@code customize} changes. */
    public Machine machine(UnaryOperator<WorkerSetup.Builder> customize) {
        Machine m = new Machine(env, client(),
                c -> customize.apply(WorkerSetup.builder(c).sink(VideoSink.directory(videos))
                        .workflowWorkerOptions(NOT_STICKY)).build());
        machines.add(m);
        return m;
    }

    /** A client of the emulator, as a worker machine has one. */
    public R2vClient client() {
        return R2v.builder().provider("dashscope").baseUrl(emulator.baseUrl()).apiKey("sk-temporal-test")
                .retryPolicy(FAST_RETRIES).budgets(false).build();
    }

    /** Starts (or finds) the generation of {@code key} through the test environment's client. */
    public Generation start(String key, GenerationInput input) {
        return R2vTemporal.start(env.getWorkflowClient(), TaskQueues.DEFAULT_BASE, key, input);
    }

    /** A small valid request, its prompt naming {@code n}. */
    public static R2vRequest request(int n) {
        return R2vRequest.builder().prompt("character1 waves, take " + n)
                .image("https://example.com/people/alice.png").size(VideoSize.P720_LANDSCAPE).duration(5).build();
    }

    /** {@link #request(int)} as a workflow input with {@link #OPTIONS}. */
    public static GenerationInput input(int n) {
        return GenerationInput.of(request(n)).withOptions(OPTIONS);
    }

    @Override
    public void close() {
        for (Machine m : machines) {
            m.close();
        }
        env.close();
        emulator.close();
    }
}
