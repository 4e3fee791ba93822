package dev.wanr2v.temporal;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.R2vClient;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link R2vTemporal#registerWorkers} sets up on one machine: the client that talks to the vendor, the task
 * queues, where videos go, how object references are read, and the budget. Build it with {@link #builder}.
 */
public final class WorkerSetup {
    private final R2vClient client;
    private final TaskQueues queues;
    private final VideoSink sink;
    private final MediaResolver mediaResolver;
    private final WorkerLimits limits;
    private final WorkerOptions workflowWorkerOptions;

    private WorkerSetup(Builder b) {
        this.client = b.client;
        this.queues = b.queues;
        this.sink = b.sink;
        this.mediaResolver = b.mediaResolver;
        this.limits = b.limits;
        this.workflowWorkerOptions = b.workflowWorkerOptions;
    }

    /**
     * A setup around {@code client}, built with {@code budgets(false)} (see {@link Builder#build()}); the client is
     * shared by every activity of this machine's workers (it is thread-safe) and stays yours to close, after the
     * worker factory.
     */
    public static Builder builder(R2vClient client) {
        return new Builder(client);
    }

    /** The client the activities call the vendor with. */
    public R2vClient client() {
        return client;
    }

    /** The task queues. */
    public TaskQueues queues() {
        return queues;
    }

    /** Where finished videos go. */
    public VideoSink sink() {
        return sink;
    }

    /** How object references are read. */
    public MediaResolver mediaResolver() {
        return mediaResolver;
    }

    /** The budget the workers keep. */
    public WorkerLimits limits() {
        return limits;
    }

    /** The options of the worker that runs the workflows (the activity workers' follow {@link #limits()}). */
    public WorkerOptions workflowWorkerOptions() {
        return workflowWorkerOptions;
    }

    /** Builds a {@link WorkerSetup}. */
    public static final class Builder {
        private final R2vClient client;
        private TaskQueues queues = TaskQueues.of(TaskQueues.DEFAULT_BASE);
        private VideoSink sink = VideoSink.directory(Path.of("videos"));
        private MediaResolver mediaResolver = MediaResolver.none();
        private WorkerLimits limits = WorkerLimits.defaults();
        private WorkerOptions workflowWorkerOptions = WorkerOptions.getDefaultInstance();

        private Builder(R2vClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** The workflows' task queue; the activities' queues are named after it. Default {@code wan-r2v}. */
        public Builder taskQueue(String base) {
            this.queues = TaskQueues.of(base);
            return this;
        }

        /** Where finished videos go. Default: the directory {@code videos} in the worker's working directory. */
        public Builder sink(VideoSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** How references given as object names are read. Default: none (such references fail, nothing sent). */
        public Builder mediaResolver(MediaResolver resolver) {
            this.mediaResolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** The account's budget. Default {@link WorkerLimits#defaults()}. */
        public Builder limits(WorkerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The options of the worker that runs the workflows (not the activities: their budget is {@link #limits}).
         * Default: Temporal's. E.g. {@code setStickyQueueScheduleToStartTimeout(Duration.ZERO)} turns off sticky
         * execution, which the in-memory test service needs: it never moves a workflow task off the sticky queue
         * of a worker that died, where a real server does after that timeout (5 s by default).
         */
        public Builder workflowWorkerOptions(WorkerOptions options) {
            this.workflowWorkerOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Builds the setup.
         *
         * @throws ConfigurationException if the client keeps an account budget of its own: build it with
         *                                {@code R2v.builder().budgets(false)}. Across machines the task queues'
         *                                rate limits ({@link #limits}) are the budget, and a create the vendor
         *                                throttles must come back to the workflow, which waits on a durable timer,
         *                                rather than wait for budget inside the create activity past its
         *                                heartbeat timeout (the workflow would take its outcome for unknown)
         */
        public WorkerSetup build() {
            if (keepsABudget(client)) {
                String id = client.provider().id();
                throw new ConfigurationException("[" + id + "] the worker's R2vClient keeps an account budget of its"
                        + " own; build it with R2v.builder().budgets(false) (or -Dwanr2v.budgets=false,"
                        + " WAN_R2V_BUDGETS=false): on Temporal the task queues' rate limits (WorkerLimits) are the"
                        + " budget, and a throttled create must come back to the workflow", ErrorDetails.of(id));
            }
            return new WorkerSetup(this);
        }

        private static boolean keepsABudget(R2vClient client) {
            try {
                return client.budgetStats().enabled();
            } catch (UnsupportedOperationException e) {
                return false;
            }
        }
    }
}
