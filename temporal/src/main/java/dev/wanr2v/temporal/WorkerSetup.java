package dev.wanr2v.temporal;

import dev.wanr2v.R2vClient;
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

    private WorkerSetup(Builder b) {
        this.client = b.client;
        this.queues = b.queues;
        this.sink = b.sink;
        this.mediaResolver = b.mediaResolver;
        this.limits = b.limits;
    }

    /**
     * A setup around {@code client}; the client is shared by every activity of this machine's workers (it is
     * thread-safe) and stays yours to close, after the worker factory.
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

    /** Builds a {@link WorkerSetup}. */
    public static final class Builder {
        private final R2vClient client;
        private TaskQueues queues = TaskQueues.of(TaskQueues.DEFAULT_BASE);
        private VideoSink sink = VideoSink.directory(Path.of("videos"));
        private MediaResolver mediaResolver = MediaResolver.none();
        private WorkerLimits limits = WorkerLimits.defaults();

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

        public WorkerSetup build() {
            return new WorkerSetup(this);
        }
    }
}
