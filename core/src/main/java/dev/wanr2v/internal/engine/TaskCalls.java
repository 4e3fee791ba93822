package dev.wanr2v.internal.engine;

import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskConflictException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.internal.observe.TaskScope;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.Operation;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The calls about one task that exists: its status, and canceling it. */
final class TaskCalls {
    private static final Logger LOG = LoggerFactory.getLogger(TaskCalls.class);

    private final Engine engine;
    private final CallRunner runner;
    private final ClientLifecycle lifecycle;
    private final HandleCheck handles;

    TaskCalls(Engine engine, CallRunner runner, ClientLifecycle lifecycle, HandleCheck handles) {
        this.engine = engine;
        this.runner = runner;
        this.lifecycle = lifecycle;
        this.handles = handles;
    }

    /** The client's checks: open, and the handle its own. */
    void check(TaskHandle handle) {
        lifecycle.ensureOpen();
        handles.check(handle);
    }

    CompletableFuture<TaskSnapshot> statusAsync(TaskHandle handle, boolean direct) {
        try {
            check(handle);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TaskSnapshot> call = statusCall(handle, null, ProgressListener.none(), direct,
                engine.observing().taskOf(handle));
        CompletableFuture<TaskSnapshot> result = call.handle((s, e) -> {
            Throwable cause = e == null ? null : CallRunner.unwrap(e);
            if (cause instanceof TaskExpiredException gone) {
                return CompletableFuture.completedFuture(expired(gone));
            }
            return e == null ? CompletableFuture.completedFuture(s) : CompletableFuture.<TaskSnapshot>failedFuture(cause);
        }).thenCompose(f -> f);
        result.whenComplete((s, e) -> {
            if (result.isCancelled()) {
                call.cancel(true);
            }
        });
        if (engine.observing().enabled()) {
            result.thenAccept(s -> engine.observing().settled(handle, s, s.status().isTerminal()
                    && s.status() != TaskStatus.SUCCEEDED ? TaskOutcomes.failure(engine.errors(), handle, s) : null));
        }
        return lifecycle.trackCall(result);
    }

    /**
     * How {@link dev.wanr2v.R2vClient#status} reports a task the vendor answered it does not know (an HTTP 404,
     * say): a snapshot {@link TaskStatus#EXPIRED}, as for a vendor that says so in a status.
     */
    private static TaskSnapshot expired(TaskExpiredException gone) {
        return TaskSnapshot.builder(TaskStatus.EXPIRED)
                .rawStatus(gone.httpStatus().isPresent() ? "HTTP " + gone.httpStatus().getAsInt() : "not found")
                .failure(gone.providerCode().orElse(null), gone.providerMessage().orElse(null))
                .requestId(gone.requestId().orElse(null)).build();
    }

    /**
     * One status call, an exchange of the observed {@code task}; a task the vendor does not know fails it with
     * {@link TaskExpiredException}.
     */
    CompletableFuture<TaskSnapshot> statusCall(TaskHandle handle, Instant deadline, ProgressListener l,
            boolean direct, TaskScope task) {
        String id = handle.taskId();
        return runner.run(CallSpec.about(Operation.STATUS, handle, () -> engine.codec().statusCall(id),
                reply -> engine.errors().masked(engine.codec().readStatus(id, reply))).withDeadline(deadline)
                .withListener(l).withDirect(direct), task);
    }

    void cancelRemotely(TaskHandle handle) {
        if (!engine.codec().capabilities().supports(Feature.CANCEL)) {
            LOG.info("wan-r2v: {} cannot cancel tasks; {} keeps running at the vendor", handle.providerId(), handle);
            return;
        }
        cancelAsync(handle).whenComplete((v, e) -> {
            if (e != null) {
                LOG.warn("wan-r2v: remote cancel of {} failed: {}", handle, CallRunner.unwrap(e).getMessage());
            }
        });
    }

    CompletableFuture<Void> cancelAsync(TaskHandle handle) {
        try {
            check(handle);
            if (!engine.codec().capabilities().supports(Feature.CANCEL)) {
                throw engine.errors().unsupported("cancel tasks");
            }
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        String id = handle.taskId();
        return lifecycle.trackCall(runner.run(CallSpec.about(Operation.CANCEL, handle,
                () -> engine.codec().cancelCall(id), reply -> {
                    engine.codec().readCancel(id, reply);
                    return Boolean.TRUE;
                }), engine.observing().taskOf(handle)).<Void>thenApply(ok -> null)
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
}
