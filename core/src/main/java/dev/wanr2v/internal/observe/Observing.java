package dev.wanr2v.internal.observe;

import dev.wanr2v.BudgetWait;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.observation.BudgetWaitObservation;
import dev.wanr2v.observation.BudgetWaitStart;
import dev.wanr2v.observation.CallObservation;
import dev.wanr2v.observation.CallStart;
import dev.wanr2v.observation.R2vObserver;
import dev.wanr2v.observation.TaskObservation;
import dev.wanr2v.observation.TaskStart;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's side of the {@link R2vObserver} hook, one per client. Without an observer every method returns a
 * shared no-op scope at once: nothing is built, the codec is not asked. With one, it keeps the tasks it observes
 * until they end: submitted tasks nobody waits for yet (at most {@value #MAX_IDLE}, the oldest abandoned past
 * that) and tasks being waited for.
 */
public final class Observing {
    static final Logger LOG = LoggerFactory.getLogger(Observing.class);
    static final int MAX_IDLE = 10_000;
    private static final Observing OFF = new Observing(null, null, null, null);

    private final R2vObserver observer;
    private final String providerId;
    private final ProviderCodec codec;
    private final Supplier<Instant> clock;
    private final LinkedHashMap<TaskHandle, TaskScope> idle = new LinkedHashMap<>();
    private final Map<TaskHandle, TaskScope> awaited = new ConcurrentHashMap<>();
    /**
     * Tasks whose end at the vendor this client observed, the latest {@value #MAX_IDLE}: waiting for one again
     * (its token, after a status call saw it end) is no second task. Guarded by {@link #idle}.
     */
    private final LinkedHashMap<TaskHandle, Boolean> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TaskHandle, Boolean> eldest) {
            return size() > MAX_IDLE;
        }
    };
    /** Guarded by {@link #idle}. */
    private boolean closed;

    private Observing(R2vObserver observer, String providerId, ProviderCodec codec, Supplier<Instant> clock) {
        this.observer = observer;
        this.providerId = providerId;
        this.codec = codec;
        this.clock = clock;
    }

    /** The facade for a client; the shared no-op one when {@code observer} is {@code null}. */
    public static Observing of(R2vObserver observer, String providerId, ProviderCodec codec, Supplier<Instant> clock) {
        return observer == null ? OFF : new Observing(observer, providerId, codec, clock);
    }

    /** Whether an observer is set. */
    public boolean enabled() {
        return observer != null;
    }

    /** A submit's task starts (its request passed validation). */
    public TaskScope submitting(R2vRequest request) {
        if (observer == null) {
            return TaskScope.NONE;
        }
        String model = modelOf(request);
        TaskObservation observation = start(() -> observer.taskStarted(new TaskStart(providerId, model, request,
                null)));
        return new TaskScope(this, observation, model, null);
    }

    /**
     * A wait starts: the task this client observes for the handle (submitted here, or waited for already), else
     * a resumed task's observation.
     */
    public TaskScope awaiting(TaskHandle handle) {
        if (observer == null) {
            return TaskScope.NONE;
        }
        TaskScope scope;
        synchronized (idle) {
            scope = idle.remove(handle);
            if (scope == null && ended.containsKey(handle)) {
                return TaskScope.NONE; // observed to its end already: the wait only reports it again
            }
        }
        if (scope != null) {
            awaited.put(handle, scope);
            return scope;
        }
        scope = awaited.computeIfAbsent(handle, h -> {
            TaskObservation observation = start(() -> observer.taskStarted(new TaskStart(providerId, null, null, h)));
            return observation == null ? null : new TaskScope(this, observation, null, h);
        });
        return scope == null ? TaskScope.NONE : scope;
    }

    /** The task this client observes for the handle, or the no-op scope: the parent of its status and cancel calls. */
    public TaskScope taskOf(TaskHandle handle) {
        if (observer == null || handle == null) {
            return TaskScope.NONE;
        }
        TaskScope scope = awaited.get(handle);
        if (scope == null) {
            synchronized (idle) {
                scope = idle.get(handle);
            }
        }
        return scope == null ? TaskScope.NONE : scope;
    }

    /** No task, only the request's model: the context of a cost estimate's calls. */
    public TaskScope detached(R2vRequest request) {
        return observer == null ? TaskScope.NONE : new TaskScope(this, null, modelOf(request), null);
    }

    /** A status call (not a wait's) saw the task end: ends its observation unless a wait is reporting it. */
    public void settled(TaskHandle handle, TaskSnapshot snapshot, R2vException error) {
        if (observer == null || !snapshot.status().isTerminal()) {
            return;
        }
        TaskScope scope;
        synchronized (idle) {
            scope = idle.remove(handle);
        }
        if (scope != null) {
            scope.ended(snapshot, error);
        }
    }

    /** One HTTP exchange starts. */
    public CallScope call(Operation operation, TaskScope task, TaskHandle handle, int attempt) {
        if (observer == null) {
            return CallScope.NONE;
        }
        String model = task.model();
        CallObservation observation = start(() -> observer.callStarted(new CallStart(operation, providerId, model,
                task.observation(), handle, attempt)));
        return observation == null ? CallScope.NONE : new CallScope(this, observation, task, model);
    }

    /** A call starts to wait for budget. */
    public BudgetScope budgetWait(BudgetWait wait, Operation operation, TaskScope task) {
        if (observer == null) {
            return BudgetScope.NONE;
        }
        BudgetWaitObservation observation = start(() -> observer.budgetWaitStarted(new BudgetWaitStart(providerId,
                operation, wait, task.observation())));
        return observation == null ? BudgetScope.NONE : new BudgetScope(this, observation, clock.get());
    }

    /** The client closes: every task still observed is abandoned, and so is any submitted later. */
    public void close() {
        if (observer == null) {
            return;
        }
        List<TaskScope> left;
        synchronized (idle) {
            closed = true;
            left = new ArrayList<>(idle.values());
            idle.clear();
        }
        left.addAll(awaited.values());
        awaited.clear();
        left.forEach(TaskScope::abandoned);
    }

    /** Tasks observed now (tests). */
    int open() {
        synchronized (idle) {
            return idle.size() + awaited.size();
        }
    }

    /** A task was accepted: kept until a wait takes it, a status call sees it end, or the client closes. */
    void submitted(TaskScope scope, TaskHandle handle) {
        TaskScope dropped = null;
        synchronized (idle) {
            if (closed) {
                dropped = scope;
            } else {
                idle.put(handle, scope);
                if (idle.size() > MAX_IDLE) {
                    var eldest = idle.entrySet().iterator();
                    dropped = eldest.next().getValue();
                    eldest.remove();
                    LOG.debug("wan-r2v: more than {} submitted tasks nobody waits for; no longer observing {}",
                            MAX_IDLE, dropped.handle());
                }
            }
        }
        if (dropped != null) {
            dropped.abandoned();
        }
    }

    /** A task's observation ended; {@code atTheVendor}: its last snapshot is the task's end, not a wait's. */
    void forget(TaskScope scope, boolean atTheVendor) {
        TaskHandle handle = scope.handle();
        if (handle != null) {
            awaited.remove(handle, scope);
            synchronized (idle) {
                idle.remove(handle, scope);
                if (atTheVendor) {
                    ended.put(handle, Boolean.TRUE);
                }
            }
        }
    }

    Instant now() {
        return clock.get();
    }

    /** A status answer's model, through the codec; {@code null} when it names none. */
    String modelOf(Object answer) {
        TaskSnapshot snapshot = answer instanceof TaskSnapshot s ? s
                : answer instanceof Submission s ? s.snapshot().orElse(null)
                : answer instanceof CreateAnswer a ? a.submission().snapshot().orElse(null) : null;
        if (snapshot == null) {
            return null;
        }
        try {
            return codec.modelId(snapshot).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("wan-r2v: provider {} failed to name the model of a status answer; ignored", providerId, e);
            return null;
        }
    }

    private String modelOf(R2vRequest request) {
        try {
            return codec.modelId(request).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("wan-r2v: provider {} failed to name the model of a request; ignored", providerId, e);
            return null;
        }
    }

    /** Runs an observer's start method; a throwing observer, or one answering null, observes nothing. */
    private static <T> T start(Supplier<T> started) {
        try {
            return started.get();
        } catch (RuntimeException e) {
            LOG.warn("wan-r2v: an R2vObserver threw when an observation started; ignored", e);
            return null;
        }
    }

    /** Tells an observer something; what it throws is logged and ignored. */
    static void tell(Runnable r, String what) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("wan-r2v: an R2vObserver threw from {}; ignored", what, e);
        }
    }

    /** A create's answer as the engine reads it: the codec's submission (request id, first snapshot). */
    public interface CreateAnswer {
        /** The codec's reading of the answer. */
        Submission submission();

        /** The vendor's request id, if the answer carried one. */
        default Optional<String> requestId() {
            return submission().requestId();
        }
    }
}
