package dev.wanr2v.temporal.harness;

import dev.wanr2v.R2vClient;
import dev.wanr2v.temporal.R2vTemporal;
import dev.wanr2v.temporal.WorkerSetup;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import java.util.function.Function;

/**
 * One worker machine: its own connection to the Temporal service (which {@link #crash()} cuts), its own
 * {@link R2vClient}, and the workers {@link R2vTemporal#registerWorkers} sets up, as a user's process has them.
 */
public final class Machine implements AutoCloseable {
    private final KillSwitch killSwitch = new KillSwitch();
    private final ActivityCounter counter = new ActivityCounter();
    private final R2vClient client;
    private final WorkerFactory factory;
    private boolean closed;

    Machine(TestWorkflowEnvironment env, R2vClient client, Function<R2vClient, WorkerSetup> setup) {
        this.client = client;
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setChannel(env.getWorkflowServiceStubs().getRawChannel())
                .setGrpcClientInterceptors(List.of(killSwitch)).build());
        WorkflowClient workflowClient = WorkflowClient.newInstance(stubs,
                WorkflowClientOptions.newBuilder().setNamespace(env.getNamespace()).build());
        this.factory = WorkerFactory.newInstance(workflowClient,
                WorkerFactoryOptions.newBuilder().setWorkerInterceptors(counter).build());
        R2vTemporal.registerWorkers(factory, setup.apply(client));
        factory.start();
    }

    /** The activities this machine started, by type. */
    public ActivityCounter activities() {
        return counter;
    }

    /**
     * Dies abruptly: cut off from Temporal (nothing it finishes from now on is reported), its workers stopped. Its
     * vendor client stays open until the harness closes, as a dead process's calls in flight would still reach the
     * vendor: closing it here would wait for them.
     */
    public void crash() {
        killSwitch.trip();
        factory.shutdownNow();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            factory.shutdownNow();
            client.close();
        }
    }
}
