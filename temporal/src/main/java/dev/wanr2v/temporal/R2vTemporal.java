package dev.wanr2v.temporal;

import dev.wanr2v.temporal.internal.CreateActivityImpl;
import dev.wanr2v.temporal.internal.GenerationWorkflowImpl;
import dev.wanr2v.temporal.internal.QueryActivitiesImpl;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.util.Objects;

/**
 * The entry point: sets up workers on a machine, and starts generations from any process.
 *
 * <pre>{@code
 * // on every worker machine
 * WorkerFactory factory = WorkerFactory.newInstance(workflowClient);
 * R2vTemporal.registerWorkers(factory, WorkerSetup.builder(r2vClient).sink(VideoSink.directory(dir)).build());
 * factory.start();
 *
 * // anywhere
 * Generation g = R2vTemporal.start(workflowClient, TaskQueues.DEFAULT_BASE, "order-1234", GenerationInput.of(request));
 * GenerationResult result = g.result();
 * }</pre>
 */
public final class R2vTemporal {
    /** Workflow ids are this prefix followed by the idempotency key. */
    public static final String WORKFLOW_ID_PREFIX = "wan-r2v-";

    private static final int MAX_KEY_LENGTH = 200;

    private R2vTemporal() {
    }

    /**
     * Registers the generation workflow and its activities on three workers of {@code factory}, one per queue of
     * {@link TaskQueues}, with the budget of {@link WorkerLimits}. Call it before {@code factory.start()}.
     */
    public static R2vWorkers registerWorkers(WorkerFactory factory, WorkerSetup setup) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(setup, "setup");
        TaskQueues queues = setup.queues();
        WorkerLimits limits = setup.limits();
        Worker workflows = factory.newWorker(queues.workflows(), setup.workflowWorkerOptions());
        workflows.registerWorkflowImplementationTypes(GenerationWorkflowImpl.class);
        Worker creates = factory.newWorker(queues.creates(),
                activityWorker(limits.createsPerSecond(), limits.concurrentCreates()));
        creates.registerActivitiesImplementations(new CreateActivityImpl(setup.client(), setup.mediaResolver()));
        Worker queries = factory.newWorker(queues.queries(),
                activityWorker(limits.queriesPerSecond(), limits.concurrentQueries()));
        queries.registerActivitiesImplementations(new QueryActivitiesImpl(setup.client(), setup.sink()));
        return new R2vWorkers(queues, workflows, creates, queries);
    }

    private static WorkerOptions activityWorker(double perSecond, int concurrent) {
        return WorkerOptions.newBuilder()
                .setMaxTaskQueueActivitiesPerSecond(perSecond)   // the server, across every worker of the queue
                .setMaxWorkerActivitiesPerSecond(perSecond)      // this worker, also where the server does not
                .setMaxConcurrentActivityExecutionSize(concurrent)
                .build();
    }

    /**
     * The workflow id of the generation with this idempotency key: {@code wan-r2v-} followed by the key.
     *
     * @throws IllegalArgumentException if the key is blank, longer than 200 characters or has control characters
     */
    public static String workflowId(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH
                || idempotencyKey.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_KEY_LENGTH
                    + " characters without control characters, e.g. your order id; got "
                    + (idempotencyKey == null ? "null" : "'" + idempotencyKey + "'"));
        }
        return WORKFLOW_ID_PREFIX + idempotencyKey;
    }

    /**
     * The options {@link #start} uses: the workflow id from the key, the workflows' queue, and the id policies
     * that make one key one task. {@link WorkflowIdConflictPolicy#WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING}: while
     * a generation of the key runs, starting it again attaches to it. {@link
     * WorkflowIdReusePolicy#WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE}: once it has ended, in any way (a failure
     * included: the task may have run and been billed, or its create's outcome is unknown), the key is never run
     * again; {@link #start} then attaches to the ended one. Temporal remembers closed workflows for the
     * namespace's retention period only: after it, the key is free again.
     */
    public static WorkflowOptions workflowOptions(String taskQueue, String idempotencyKey) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId(idempotencyKey))
                .setTaskQueue(Objects.requireNonNull(taskQueue, "taskQueue"))
                .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build();
    }

    /**
     * Starts the generation of {@code idempotencyKey}, or finds the one that exists: starting the same key twice,
     * from any process, never makes a second task. The input of a second start is ignored.
     *
     * @param taskQueue the workflows' queue ({@link TaskQueues#workflows()}, e.g. {@link TaskQueues#DEFAULT_BASE})
     */
    public static Generation start(WorkflowClient client, String taskQueue, String idempotencyKey,
            GenerationInput input) {
        Objects.requireNonNull(input, "input");
        WorkflowOptions options = workflowOptions(taskQueue, idempotencyKey);
        WorkflowStub stub = client.newUntypedWorkflowStub(GenerationWorkflow.TYPE, options);
        try {
            stub.start(input);
            return new Generation(stub);
        } catch (WorkflowExecutionAlreadyStarted ended) {
            return attach(client, idempotencyKey);
        }
    }

    /** The generation of {@code idempotencyKey} (its latest run), to query or wait for; starts nothing. */
    public static Generation attach(WorkflowClient client, String idempotencyKey) {
        return new Generation(client.newUntypedWorkflowStub(workflowId(idempotencyKey),
                java.util.Optional.empty(), java.util.Optional.of(GenerationWorkflow.TYPE)));
    }

    /**
     * The workers {@link #registerWorkers} made, e.g. to suspend polling.
     *
     * @param queues    their task queues
     * @param workflows runs the generation workflows
     * @param creates   runs creates
     * @param queries   runs status calls and downloads
     */
    public record R2vWorkers(TaskQueues queues, Worker workflows, Worker creates, Worker queries) {
    }
}
