package dev.wanr2v.internal.engine;

import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.BudgetStats;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.spi.Capabilities;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link R2vClient}: puts together the calls about requests ({@link RequestCalls}), the calls
 * about tasks ({@link TaskCalls}), shared-scheduler waits ({@link Waiter}) and what closing ends
 * ({@link ClientLifecycle}).
 */
public final class DefaultR2vClient implements R2vClient {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultR2vClient.class);

    private final ClientSettings settings;
    private final Engine engine;
    private final HandleCheck handles;
    private final ClientLifecycle lifecycle;
    private final RequestCalls requests;
    private final TaskCalls tasks;

    public DefaultR2vClient(ClientSettings settings) {
        this(settings, null, null);
    }

    /** With an injected scheduler and randomness, for tests. */
    DefaultR2vClient(ClientSettings settings, Scheduler scheduler, DoubleSupplier random) {
        this.settings = settings;
        this.engine = new Engine(settings, scheduler, random);
        CallRunner runner = new CallRunner(engine);
        Capabilities caps = settings.codec().capabilities();
        ImageFitting fitting = new ImageFitting(ImageFitting.discover().orElse(null), settings.provider().id());
        RequestValidator validator = new RequestValidator(caps, RequestValidator.label(settings.provider().id(), caps),
                settings.mediaUploader() != null, fitting.available());
        this.handles = new HandleCheck(settings.provider().id(), settings.codec().endpoint().toString());
        this.lifecycle = new ClientLifecycle(settings, engine, fitting);
        this.requests = new RequestCalls(engine, runner, validator, new MediaPreparer(engine, runner, fitting),
                lifecycle, handles.endpointKey());
        this.tasks = new TaskCalls(engine, runner, lifecycle, handles);
    }

    @Override
    public ProviderInfo provider() {
        return settings.provider();
    }

    @Override
    public Capabilities capabilities() {
        return engine.codec().capabilities();
    }

    @Override
    public String endpoint() {
        return handles.endpointKey();
    }

    @Override
    public Map<String, String> options() {
        return settings.config().masked();
    }

    @Override
    public List<Violation> validate(R2vRequest request) {
        return requests.validate(request);
    }

    @Override
    public RequestPreview preview(R2vRequest request) {
        return requests.preview(request);
    }

    @Override
    public TaskHandle submit(R2vRequest request) {
        return Blocking.uninterruptibly(requests.submitAsync(request, ProgressListener.none(), true));
    }

    @Override
    public CompletableFuture<TaskHandle> submitAsync(R2vRequest request) {
        return requests.submitAsync(request, ProgressListener.none(), false);
    }

    @Override
    public TaskHandle submit(R2vRequest request, ProgressListener listener) {
        return Blocking.uninterruptibly(requests.submitAsync(request, java.util.Objects.requireNonNull(listener,
                "listener"), true));
    }

    @Override
    public TaskSnapshot status(TaskHandle handle) {
        return Blocking.uninterruptibly(tasks.statusAsync(handle, true));
    }

    @Override
    public CompletableFuture<TaskSnapshot> statusAsync(TaskHandle handle) {
        return tasks.statusAsync(handle, false);
    }

    @Override
    public GeneratedVideo await(TaskHandle handle) {
        return await(handle, AwaitOptions.defaults());
    }

    @Override
    public GeneratedVideo await(TaskHandle handle, AwaitOptions options) {
        return Blocking.interruptibly(awaitAsync(handle, options), () -> new AwaitInterruptedException("["
                + handle.providerId() + "] the wait for task " + handle.taskId() + " was interrupted; polling stopped."
                + " The task goes on at the vendor; resume with token " + handle.toToken() + ".",
                ErrorDetails.of(handle.providerId()), handle, null));
    }

    @Override
    public CompletableFuture<GeneratedVideo> awaitAsync(TaskHandle handle, AwaitOptions options) {
        try {
            tasks.check(handle);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        Waiter waiter = new Waiter(engine, tasks, handle, options);
        lifecycle.waitStarted(waiter);
        waiter.start(requests.known(handle));
        return waiter.future();
    }

    @Override
    public GeneratedVideo generate(R2vRequest request) {
        return generate(request, AwaitOptions.defaults());
    }

    @Override
    public GeneratedVideo generate(R2vRequest request, AwaitOptions options) {
        TaskHandle handle = Blocking.uninterruptibly(requests.submitAsync(request, options.listener(), true));
        return await(handle, options);
    }

    @Override
    public CompletableFuture<GeneratedVideo> generateAsync(R2vRequest request, AwaitOptions options) {
        CompletableFuture<GeneratedVideo> outer = new CompletableFuture<>();
        requests.submitAsync(request, options.listener(), false).whenComplete((handle, e) -> {
            if (e != null) {
                outer.completeExceptionally(CallRunner.unwrap(e));
                return;
            }
            if (outer.isCancelled()) {
                LOG.warn("wan-r2v: the wait was canceled while {} was being submitted; it was accepted and is not"
                        + " awaited (token {})", handle, handle.toToken());
                if (options.cancelRemotelyOnAbort()) {
                    tasks.cancelRemotely(handle);
                }
                return;
            }
            CompletableFuture<GeneratedVideo> inner = awaitAsync(handle, options);
            outer.whenComplete((v, x) -> {
                if (outer.isCancelled()) {
                    inner.cancel(true);
                }
            });
            inner.whenComplete((v, x) -> {
                if (x != null) {
                    outer.completeExceptionally(CallRunner.unwrap(x));
                } else {
                    outer.complete(v);
                }
            });
        });
        return outer;
    }

    @Override
    public void cancel(TaskHandle handle) {
        Blocking.uninterruptibly(tasks.cancelAsync(handle));
    }

    @Override
    public CompletableFuture<Void> cancelAsync(TaskHandle handle) {
        return tasks.cancelAsync(handle);
    }

    @Override
    public CostEstimate estimateCost(R2vRequest request) {
        return Blocking.uninterruptibly(requests.estimateCostAsync(request));
    }

    @Override
    public CompletableFuture<CostEstimate> estimateCostAsync(R2vRequest request) {
        return requests.estimateCostAsync(request);
    }

    /** Stops the client: see {@link ClientLifecycle#close()}. */
    @Override
    public void close() {
        lifecycle.close();
    }

    @Override
    public BudgetStats budgetStats() {
        return engine.budget().budget().stats();
    }

    /** Connections currently leased (for leak checks in tests). */
    int leasedConnections() {
        return engine.transport().leasedConnections();
    }

    /** Exchanges in flight. */
    int inFlight() {
        return engine.transport().inFlight();
    }

    /** Whether the engine is working (for tests on manual time). */
    boolean busy() {
        return engine.busy();
    }

    /** Waits currently active. */
    int activeWaits() {
        return lifecycle.activeWaits();
    }
}
