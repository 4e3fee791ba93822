package dev.wanr2v.internal.engine;

import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.BudgetStats;
import dev.wanr2v.ConfigurationException;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.TaskConflictException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.internal.media.CheckedMedia;
import dev.wanr2v.internal.observe.Observing;
import dev.wanr2v.internal.observe.TaskScope;
import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.support.BaseUrlRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's {@link R2vClient}: validation, billing-safe submission, shared-scheduler waits. */
public final class DefaultR2vClient implements R2vClient {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultR2vClient.class);

    private final ClientSettings settings;
    private final Engine engine;
    private final CallRunner runner;
    private final RequestValidator validator;
    private final MediaPreparer preparer;
    private final ImageFitting fitting;
    private final String endpointKey;
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final Set<CompletableFuture<?>> creates = ConcurrentHashMap.newKeySet();
    private final Set<CompletableFuture<?>> calls = ConcurrentHashMap.newKeySet();
    private final RecentSnapshots recent = new RecentSnapshots(1024);
    private volatile boolean closed;

    public DefaultR2vClient(ClientSettings settings) {
        this(settings, null, null);
    }

    /** With an injected scheduler and randomness, for tests. */
    DefaultR2vClient(ClientSettings settings, Scheduler scheduler, DoubleSupplier random) {
        this.settings = settings;
        this.engine = new Engine(settings, scheduler, random);
        this.runner = new CallRunner(engine);
        Capabilities caps = settings.codec().capabilities();
        this.fitting = new ImageFitting(ImageFitting.discover().orElse(null), settings.provider().id());
        this.validator = new RequestValidator(caps, RequestValidator.label(settings.provider().id(), caps),
                settings.mediaUploader() != null, fitting.available());
        this.preparer = new MediaPreparer(engine, runner, fitting);
        this.endpointKey = key(settings.codec().endpoint().toString());
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
        return endpointKey;
    }

    @Override
    public Map<String, String> options() {
        return settings.config().masked();
    }

    @Override
    public List<Violation> validate(R2vRequest request) {
        return checked(request).violations();
    }

    private RequestValidator.Result checked(R2vRequest request) {
        RequestValidator.Result result = validator.check(request);
        List<Violation> codec = engine.codec().check(request);
        if (codec.isEmpty()) {
            return result;
        }
        List<Violation> all = new ArrayList<>(result.violations());
        all.addAll(codec);
        return new RequestValidator.Result(all, result.media());
    }

    /** The checked media of a valid request, by field, for preparation. */
    private Map<String, CheckedMedia> requireValid(R2vRequest request) {
        RequestValidator.Result result = checked(request);
        if (!result.violations().isEmpty()) {
            throw new InvalidRequestException(result.violations(), ErrorDetails.of(settings.provider().id()));
        }
        return result.media();
    }

    @Override
    public RequestPreview preview(R2vRequest request) {
        return preparer.preview(request, requireValid(request), p -> Previews.of(engine,
                engine.codec().createCall(p.request()), p.fitted()));
    }

    @Override
    public TaskHandle submit(R2vRequest request) {
        return uninterruptibly(submitAsync(request, ProgressListener.none(), true));
    }

    @Override
    public CompletableFuture<TaskHandle> submitAsync(R2vRequest request) {
        return submitAsync(request, ProgressListener.none(), false);
    }

    @Override
    public TaskHandle submit(R2vRequest request, ProgressListener listener) {
        return uninterruptibly(submitAsync(request, java.util.Objects.requireNonNull(listener, "listener"), true));
    }

    /** {@code direct}: a caller blocks on it and no listener hears it, so answers are read on the I/O thread. */
    private CompletableFuture<TaskHandle> submitAsync(R2vRequest request, ProgressListener listener, boolean direct) {
        Map<String, CheckedMedia> media;
        try {
            ensureOpen();
            media = requireValid(request);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant deadline = engine.scheduler().now().plus(settings.budget().submitTimeout());
        TaskScope task = engine.observing().submitting(request);
        CompletableFuture<TaskHandle> submitted = preparer.using(request, media, listener, task,
                prepared -> runner.run(new CallSpec<>(Operation.CREATE, () -> engine.codec().createCall(prepared),
                        this::accepted, null, request, deadline, listener,
                        direct && listener == ProgressListener.none()), task))
                .thenApply(accepted -> {
                    TaskHandle handle = accepted.handle();
                    accepted.submission().snapshot().filter(DefaultR2vClient::tellsHowItEnded)
                            .ifPresent(s -> recent.put(handle, s));
                    LOG.debug("wan-r2v: submitted {}", handle);
                    task.submitted(handle);
                    engine.listeners().submitted(listener, handle);
                    return handle;
                });
        if (task != TaskScope.NONE) {
            submitted.whenComplete((h, e) -> {
                if (e != null) {
                    task.submitFailed(CallRunner.unwrap(e));
                }
            });
        }
        return track(creates, submitted);
    }

    /** A create answer as read: the codec's submission and the handle of its task. */
    private record Accepted(Submission submission, TaskHandle handle) implements Observing.CreateAnswer {
    }

    /**
     * Reads a create answer and makes the task's handle while the answer is being read, so that a task
     * id no handle can hold (control characters) fails like any answer that cannot be read: for a
     * create, an unknown outcome.
     */
    private Accepted accepted(HttpReply reply) {
        Submission submission = engine.codec().readCreate(reply);
        if (submission == null) {
            return null;
        }
        TaskHandle handle = new TaskHandle(settings.provider().id(), submission.taskId(), endpointKey,
                engine.scheduler().now());
        engine.budget().budget().submitted(handle, submission.snapshot().orElse(null));
        return new Accepted(submission, handle);
    }

    /**
     * Whether a create answer's snapshot can stand in for the first status call: a create answer that
     * says the task ended but not how (succeeded without the video URL, failed without a code or message;
     * DashScope's and UniAll's never carry them) is a summary, and the status call tells the rest.
     */
    private static boolean tellsHowItEnded(TaskSnapshot s) {
        return switch (s.status()) {
            case SUCCEEDED -> s.videoUrl().isPresent();
            case FAILED -> s.failureCode().isPresent() || s.failureMessage().isPresent();
            default -> true;
        };
    }

    @Override
    public TaskSnapshot status(TaskHandle handle) {
        return uninterruptibly(statusAsync(handle, true));
    }

    @Override
    public CompletableFuture<TaskSnapshot> statusAsync(TaskHandle handle) {
        return statusAsync(handle, false);
    }

    private CompletableFuture<TaskSnapshot> statusAsync(TaskHandle handle, boolean direct) {
        try {
            ensureOpen();
            checkHandle(handle);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TaskSnapshot> status = statusCall(handle, null, ProgressListener.none(), direct,
                engine.observing().taskOf(handle));
        if (engine.observing().enabled()) {
            status.thenAccept(s -> engine.observing().settled(handle, s, s.status().isTerminal()
                    && s.status() != TaskStatus.SUCCEEDED ? TaskOutcomes.failure(engine.errors(), handle, s) : null));
        }
        return track(calls, status);
    }

    private CompletableFuture<TaskSnapshot> statusCall(TaskHandle handle, Instant deadline, ProgressListener l,
            boolean direct, TaskScope task) {
        String id = handle.taskId();
        CompletableFuture<TaskSnapshot> call = runner.run(new CallSpec<>(Operation.STATUS,
                () -> engine.codec().statusCall(id), reply -> engine.codec().readStatus(id, reply), handle, null,
                deadline, l, direct), task);
        CompletableFuture<TaskSnapshot> result = call.handle((s, e) -> {
            Throwable cause = e == null ? null : CallRunner.unwrap(e);
            if (cause instanceof TaskExpiredException gone) {
                return CompletableFuture.completedFuture(TaskSnapshot.builder(TaskStatus.EXPIRED)
                        .rawStatus(gone.httpStatus().isPresent() ? "HTTP " + gone.httpStatus().getAsInt() : "not found")
                        .failure(gone.providerCode().orElse(null), gone.providerMessage().orElse(null))
                        .requestId(gone.requestId().orElse(null)).build());
            }
            return e == null ? CompletableFuture.completedFuture(s) : CompletableFuture.<TaskSnapshot>failedFuture(cause);
        }).thenCompose(f -> f);
        result.whenComplete((s, e) -> {
            if (result.isCancelled()) {
                call.cancel(true);
            }
        });
        return result;
    }

    @Override
    public GeneratedVideo await(TaskHandle handle) {
        return await(handle, AwaitOptions.defaults());
    }

    @Override
    public GeneratedVideo await(TaskHandle handle, AwaitOptions options) {
        CompletableFuture<GeneratedVideo> f = awaitAsync(handle, options);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new AwaitInterruptedException("[" + handle.providerId() + "] the wait for task " + handle.taskId()
                    + " was interrupted; polling stopped. The task goes on at the vendor; resume with token "
                    + handle.toToken() + ".", ErrorDetails.of(handle.providerId()), handle, null);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    @Override
    public CompletableFuture<GeneratedVideo> awaitAsync(TaskHandle handle, AwaitOptions options) {
        try {
            ensureOpen();
            checkHandle(handle);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        TaskScope task = engine.observing().awaiting(handle);
        ProgressListener listener = task.listening(options.listener());
        Waiter waiter = new Waiter(engine, handle, listener,
                options.pollPolicy().orElse(settings.pollPolicy()),
                options.timeout().orElse(settings.awaitTimeout()),
                deadline -> statusCall(handle, deadline, listener, false, task),
                w -> {
                    if (options.cancelRemotelyOnAbort()) {
                        cancelRemotely(w.handle());
                    }
                },
                waiters::remove);
        waiters.add(waiter);
        waiter.start(recent.take(handle));
        return waiter.future();
    }

    private void cancelRemotely(TaskHandle handle) {
        if (!capabilities().supports(Feature.CANCEL)) {
            LOG.info("wan-r2v: {} cannot cancel tasks; {} keeps running at the vendor", handle.providerId(), handle);
            return;
        }
        cancelAsync(handle).whenComplete((v, e) -> {
            if (e != null) {
                LOG.warn("wan-r2v: remote cancel of {} failed: {}", handle, CallRunner.unwrap(e).getMessage());
            }
        });
    }

    @Override
    public GeneratedVideo generate(R2vRequest request) {
        return generate(request, AwaitOptions.defaults());
    }

    @Override
    public GeneratedVideo generate(R2vRequest request, AwaitOptions options) {
        TaskHandle handle = uninterruptibly(submitAsync(request, options.listener(), true));
        return await(handle, options);
    }

    @Override
    public CompletableFuture<GeneratedVideo> generateAsync(R2vRequest request, AwaitOptions options) {
        CompletableFuture<GeneratedVideo> outer = new CompletableFuture<>();
        submitAsync(request, options.listener(), false).whenComplete((handle, e) -> {
            if (e != null) {
                outer.completeExceptionally(CallRunner.unwrap(e));
                return;
            }
            if (outer.isCancelled()) {
                LOG.warn("wan-r2v: the wait was canceled while {} was being submitted; it was accepted and is not"
                        + " awaited (token {})", handle, handle.toToken());
                if (options.cancelRemotelyOnAbort()) {
                    cancelRemotely(handle);
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
        uninterruptibly(cancelAsync(handle));
    }

    @Override
    public CompletableFuture<Void> cancelAsync(TaskHandle handle) {
        try {
            ensureOpen();
            checkHandle(handle);
            if (!capabilities().supports(Feature.CANCEL)) {
                throw engine.errors().unsupported("cancel tasks");
            }
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        String id = handle.taskId();
        return track(calls, runner.run(new CallSpec<>(Operation.CANCEL, () -> engine.codec().cancelCall(id), reply -> {
            engine.codec().readCancel(id, reply);
            return Boolean.TRUE;
        }, handle, null, null, null), engine.observing().taskOf(handle)).<Void>thenApply(ok -> null)
                .exceptionallyCompose(e -> unlessCanceled(handle, CallRunner.unwrap(e))));
    }

    /**
     * A cancel refused as a conflict may be refused because the task is canceled already, by an earlier
     * attempt of this very call whose answer was lost: the task's status decides.
     */
    private CompletableFuture<Void> unlessCanceled(TaskHandle handle, Throwable error) {
        if (!(error instanceof TaskConflictException)) {
            return CompletableFuture.failedFuture(error);
        }
        return statusCall(handle, null, ProgressListener.none(), false, engine.observing().taskOf(handle))
                .handle((s, x) -> s != null
                && s.status() == TaskStatus.CANCELED ? CompletableFuture.<Void>completedFuture(null)
                : CompletableFuture.<Void>failedFuture(error)).thenCompose(f -> f);
    }

    @Override
    public CostEstimate estimateCost(R2vRequest request) {
        return uninterruptibly(estimateCostAsync(request));
    }

    @Override
    public CompletableFuture<CostEstimate> estimateCostAsync(R2vRequest request) {
        Map<String, CheckedMedia> media;
        try {
            ensureOpen();
            if (!capabilities().supports(Feature.COST_ESTIMATE)) {
                throw engine.errors().unsupported("estimate costs");
            }
            media = requireValid(request);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        TaskScope context = engine.observing().detached(request);
        return track(calls, preparer.using(request, media, null, context, prepared -> runner.run(new CallSpec<>(
                Operation.COST_ESTIMATE, () -> engine.codec().costEstimateCall(prepared),
                engine.codec()::readCostEstimate, null, null, null, null), context)));
    }

    /**
     * Stops the client. Waits end with {@link AwaitInterruptedException}; creates waiting for budget fail at
     * once (never sent); creates already under way are given up to the response timeout to finish (so their
     * handles are not lost); then every other pending call fails with a typed error and the connections and
     * threads are released.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Waiter w : List.copyOf(waiters)) {
            w.abort(w.interrupted("the client was closed"));
        }
        engine.budget().leave();
        try {
            CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).handle((v, e) -> null)
                    .get(settings.responseTimeout().toMillis() + 1000, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("wan-r2v: closing while {} create(s) were still unanswered; their outcome is unknown",
                    creates.size());
        }
        engine.observing().close();
        engine.close();
        fitting.close();
        String id = settings.provider().id();
        for (CompletableFuture<?> f : List.copyOf(creates)) {
            f.completeExceptionally(new dev.wanr2v.TransportException("[" + id + "] the client was closed while a"
                    + " task was being submitted; it may have been created at the vendor: check before submitting"
                    + " again", ErrorDetails.of(id)));
        }
        for (CompletableFuture<?> f : List.copyOf(calls)) {
            f.completeExceptionally(new dev.wanr2v.TransportException("[" + id + "] the client was closed before"
                    + " the call finished", ErrorDetails.of(id)));
        }
    }

    @Override
    public BudgetStats budgetStats() {
        return engine.budget().budget().stats();
    }

    private <T> CompletableFuture<T> track(Set<CompletableFuture<?>> set, CompletableFuture<T> f) {
        set.add(f);
        f.whenComplete((v, e) -> set.remove(f));
        return f;
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
        return waiters.size();
    }

    private void ensureOpen() {
        if (closed) {
            throw new ConfigurationException("[" + settings.provider().id() + "] this client is closed; build a new"
                    + " one", ErrorDetails.of(settings.provider().id()));
        }
    }

    private void checkHandle(TaskHandle handle) {
        String id = settings.provider().id();
        if (!handle.providerId().equals(id)) {
            throw new ConfigurationException("[" + id + "] task " + handle.taskId() + " belongs to provider '"
                    + handle.providerId() + "'; use a client for that provider", ErrorDetails.of(id));
        }
        if (!key(handle.endpoint()).equals(endpointKey)) {
            throw new ConfigurationException("[" + id + "] task " + handle.taskId() + " was submitted to "
                    + handle.endpoint() + ", but this client talks to " + endpointKey
                    + "; configure the client for that endpoint (base URL or region) to reach it",
                    ErrorDetails.of(id));
        }
    }

    private static String key(String endpoint) {
        return BaseUrlRule.normalize(endpoint);
    }

    /** Waits for an operation that must not be abandoned half-way (a create may bill); keeps the interrupt. */
    private static <T> T uninterruptibly(CompletableFuture<T> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        Throwable c = CallRunner.unwrap(cause);
        if (c instanceof RuntimeException r) {
            return r;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(c);
    }
}
