package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.temporal.harness.Eventually;
import dev.wanr2v.temporal.harness.Harness;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of the budget's Temporal settings the in-memory test service enforces. Found out here, stated in the
 * README: the per-worker rate limit is kept (by the SDK, in the worker); the task queue's rate limit is not (the
 * test service ignores it; a real server keeps it across every worker of the queue).
 */
class RateLimitsTest {
    private static final int HITS = 6;
    private static final AtomicInteger HITS_STARTED = new AtomicInteger();
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

    @TempDir
    Path videos;

    @Test
    void theInMemoryServiceIgnoresTheTaskQueueRateLimit() throws Exception {
        int started = probe(WorkerOptions.newBuilder().setMaxTaskQueueActivitiesPerSecond(0.01).build(), true);

        assertThat(started).as("one activity per 100 s, if the queue's limit were kept").isEqualTo(HITS);
    }

    @Test
    void theSdkKeepsTheWorkersRateLimit() throws Exception {
        int started = probe(WorkerOptions.newBuilder().setMaxWorkerActivitiesPerSecond(0.01).build(), false);

        assertThat(started).as("one activity per 100 s on this worker").isLessThan(HITS);
    }

    @Test
    void theSdkKeepsTheWorkersConcurrencyLimit() throws Exception {
        int started = probe(WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(2).build(), true);

        assertThat(started).isEqualTo(HITS);
        assertThat(MOST_AT_ONCE.get()).as("activities running at once").isBetween(1, 2);
    }

    @Test
    void registeredWorkersKeepTheCreateBudgetEachButTheInMemoryServiceLetsTwoWorkersExceedIt() throws Exception {
        try (Harness harness = new Harness(videos)) {
            WorkerLimits slow = WorkerLimits.defaults().withCreatesPerSecond(0.01);
            harness.machine(b -> b.limits(slow));
            harness.machine(b -> b.limits(slow));

            IntStream.range(0, 5).forEach(i -> harness.start("budget-" + i, Harness.input(i)));
            Eventually.until("each machine sent its one create", Duration.ofSeconds(60),
                    () -> harness.emulator().createsReceived() == 2);
            Thread.sleep(1500);

            // a real server would hold the queue at one create per 100 s; here each worker sends its own one
            assertThat(harness.emulator().createsReceived()).isEqualTo(2);
        }
    }

    /** Runs {@link #HITS} activities at once under {@code options}; how many started (all, or after 2 s). */
    private static int probe(WorkerOptions options, boolean waitForAll) throws Exception {
        HITS_STARTED.set(0);
        MOST_AT_ONCE.set(0);
        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            env.newWorker("probe").registerWorkflowImplementationTypes(ProbeWorkflowImpl.class);
            Worker activities = env.newWorker("probe.activities", options);
            activities.registerActivitiesImplementations((Probe) RateLimitsTest::hit);
            env.start();
            WorkflowClient client = env.getWorkflowClient();
            ProbeWorkflow workflow = client.newWorkflowStub(ProbeWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue("probe").build());
            WorkflowClient.start(workflow::run, HITS);
            if (waitForAll) {
                Eventually.until("every activity started", Duration.ofSeconds(60), () -> HITS_STARTED.get() == HITS);
            } else {
                Eventually.until("the first activity started", Duration.ofSeconds(60), () -> HITS_STARTED.get() > 0);
                Thread.sleep(2000);
            }
            return HITS_STARTED.get();
        }
    }

    /** One activity: counted, and held until three run at once (never, under a limit of two) or 300 ms passed. */
    private static int hit(int i) {
        HITS_STARTED.incrementAndGet();
        MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            long end = System.nanoTime() + 300_000_000L;
            while (RUNNING.get() < 3 && System.nanoTime() < end) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.decrementAndGet();
        }
        return i;
    }

    /** Runs n activities at once. */
    @WorkflowInterface
    public interface ProbeWorkflow {
        /** Runs them; returns how many ended. */
        @WorkflowMethod
        int run(int n);
    }

    /** One activity. */
    @ActivityInterface
    public interface Probe {
        /** Counts itself. */
        int hit(int i);
    }

    /** {@link ProbeWorkflow}. */
    public static class ProbeWorkflowImpl implements ProbeWorkflow {
        @Override
        public int run(int n) {
            Probe probe = Workflow.newActivityStub(Probe.class, ActivityOptions.newBuilder()
                    .setTaskQueue("probe.activities").setStartToCloseTimeout(Duration.ofMinutes(10)).build());
            List<Promise<Integer>> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                hits.add(Async.function(probe::hit, i));
            }
            Promise.allOf(hits).get();
            return hits.size();
        }
    }
}
