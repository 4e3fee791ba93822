package dev.wanr2v.examples.temporal;

import dev.wanr2v.R2vClient;
import dev.wanr2v.temporal.R2vTemporal;
import dev.wanr2v.temporal.VideoSink;
import dev.wanr2v.temporal.WorkerLimits;
import dev.wanr2v.temporal.WorkerSetup;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;

/** The worker side: runs generations, on as many machines as you like. */
public final class ExampleWorker {
    private ExampleWorker() {
    }

    /**
     * Registers the generation workflow and its activities and starts polling; stop it with
     * {@code factory.shutdown()}, then close the client.
     *
     * @param temporal the Temporal client
     * @param r2v      the wan-r2v client the activities call the vendor with
     * @param videos   where finished videos go (a directory every worker sees)
     */
    public static WorkerFactory start(WorkflowClient temporal, R2vClient r2v, Path videos) {
        // README: worker
        WorkerFactory factory = WorkerFactory.newInstance(temporal);
        R2vTemporal.registerWorkers(factory, WorkerSetup.builder(r2v)
                .sink(VideoSink.directory(videos))              // or your own VideoSink (object storage)
                .limits(WorkerLimits.fromEnvironment())         // 5 creates/s, 20 queries/s unless configured
                .build());
        factory.start();
        // README: end
        return factory;
    }
}
