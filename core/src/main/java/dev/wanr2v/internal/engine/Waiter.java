package dev.wanr2v.internal.engine;

import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.AwaitTimeoutException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.internal.VideoFetcher;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Waits for one task without holding a thread: each poll is a task on the shared scheduler, each
 * answer is read on a worker, and the next poll is scheduled from there. A separate timer ends the
 * wait at its deadline. Events of one task are emitted in order, under this object's lock. Status calls
 * and the remote cancel an abort may ask for go through {@link TaskCalls}; the wait's end is its future's.
 */
final class Waiter {
    private final Engine engine;
    private final TaskCalls tasks;
    private final TaskHandle handle;
    private final ProgressListener listener;
    private final PollPolicy policy;
    private final Duration maxInterval;
    private final Duration timeout;
    private final boolean cancelRemotelyOnAbort;
    private final CompletableFuture<GeneratedVideo> future = new CompletableFuture<>();

    private Instant deadline;
    private TaskSnapshot last;
    /** Why the last status call failed, until an answer arrives: the cause of a timeout. */
    private R2vException lastFailure;
    private int polls;
    private boolean done;
    private Scheduler.Cancellable nextPoll;
    private Scheduler.Cancellable deadlineTimer;
    private CompletableFuture<TaskSnapshot> inFlight;
    private Runnable completion;

    /** A wait for a checked handle, with the client's poll policy and timeout unless {@code options} say. */
    Waiter(Engine engine, TaskCalls tasks, TaskHandle handle, AwaitOptions options) {
        this.engine = engine;
        this.tasks = tasks;
        this.handle = handle;
        this.listener = options.listener();
        this.policy = options.pollPolicy().orElse(engine.settings().pollPolicy());
        this.maxInterval = policy.maxInterval() != null ? policy.maxInterval()
                : max(engine.codec().capabilities().pollInterval(), policy.initialDelay());
        this.timeout = options.timeout().orElse(engine.settings().awaitTimeout());
        this.cancelRemotelyOnAbort = options.cancelRemotelyOnAbort();
        future.whenComplete((v, e) -> {
            if (future.isCancelled()) {
                abort(interrupted("the wait was canceled"));
            }
        });
    }

    CompletableFuture<GeneratedVideo> future() {
        return future;
    }

    /** Starts waiting; {@code known} is a snapshot already in hand (from the create answer), or null. */
    void start(TaskSnapshot known) {
        synchronized (this) {
            deadline = engine.scheduler().now().plus(timeout);
            deadlineTimer = engine.scheduler().schedule(timeout, () -> engine.workers().execute(this::onDeadline));
            if (known != null) {
                onSnapshot(known);
            } else {
                schedulePoll(policy.initialDelay());
            }
        }
        runCompletion();
    }

    private synchronized void schedulePoll(Duration delay) {
        if (!done) {
            nextPoll = engine.scheduler().schedule(delay, () -> engine.workers().execute(this::poll));
        }
    }

    private void poll() {
        CompletableFuture<TaskSnapshot> call;
        synchronized (this) {
            if (done) {
                return;
            }
            call = tasks.statusCall(handle, deadline, listener, false);
            inFlight = call;
        }
        call.whenCompleteAsync((snapshot, error) -> {
            if (error != null) {
                onPollError(CallRunner.unwrap(error));
            } else {
                onSnapshot(snapshot);
            }
            runCompletion();
        }, engine.workers());
    }

    private synchronized void onSnapshot(TaskSnapshot raw) {
        if (done) {
            return;
        }
        TaskSnapshot s = monotonic(raw);
        engine.budget().budget().observed(handle, s);
        lastFailure = null;
        if (last == null || s.status() != last.status() || !s.rawStatus().equals(last.rawStatus())
                || !s.progress().equals(last.progress())) {
            engine.listeners().status(listener, handle, s);
        }
        last = s;
        switch (s.status()) {
            case SUCCEEDED -> finishWith(s);
            case FAILED, CANCELED, EXPIRED -> fail(TaskOutcomes.failure(engine.errors(), handle, s));
            default -> schedulePoll(nextInterval());
        }
    }

    private void finishWith(TaskSnapshot s) {
        if (s.videoUrl().isEmpty()) {
            fail(new UnexpectedResponseException("[" + handle.providerId() + "] task " + handle.taskId()
                    + " succeeded but the vendor gave no video URL; look the task up in the vendor's console",
                    ErrorDetails.of(handle.providerId())));
            return;
        }
        GeneratedVideo video = VideoFetcher.video(handle, s.videoUrl().get(), s, engine.downloads());
        if (end()) {
            engine.listeners().completed(listener, video);
            completion = () -> future.complete(video);
        }
    }

    private synchronized void onPollError(Throwable error) {
        if (done) {
            return;
        }
        if (error instanceof TaskExpiredException gone) {
            engine.budget().budget().ended(handle);
            fail(TaskOutcomes.gone(engine.errors(), handle, gone, last));
            return;
        }
        if (error instanceof R2vException e && e.isRetryable()) {
            lastFailure = e;
            Duration wait = nextInterval();
            if (e instanceof RateLimitedException r && r.retryAfter().isPresent()) {
                wait = max(wait, r.retryAfter().get());
            }
            schedulePoll(wait);
            return;
        }
        fail(error instanceof R2vException e ? e : new UnexpectedResponseException("[" + handle.providerId()
                + "] reading task " + handle.taskId() + " failed: " + error, ErrorDetails.of(handle.providerId()),
                error));
    }

    private void onDeadline() {
        synchronized (this) {
            if (done) {
                return;
            }
            String seen = last == null ? "never answered" : "last seen " + describe(last);
            fail(new AwaitTimeoutException("[" + handle.providerId() + "] task " + handle.taskId()
                    + " did not finish within " + human(timeout) + " (" + seen + "). The task goes on at the vendor;"
                    + " await it again to collect the result (token " + handle.toToken() + ").",
                    ErrorDetails.of(handle.providerId()), handle, last, lastFailure));
        }
        runCompletion();
    }

    /** Ends the wait from outside (client closed). */
    void abort(AwaitInterruptedException reason) {
        boolean ended;
        synchronized (this) {
            ended = end();
        }
        if (ended) {
            if (cancelRemotelyOnAbort) {
                tasks.cancelRemotely(handle);
            }
            engine.listeners().failed(listener, reason);
            future.completeExceptionally(reason);
        }
    }

    /** An interruption of this wait, carrying what is known. */
    synchronized AwaitInterruptedException interrupted(String what) {
        return new AwaitInterruptedException("[" + handle.providerId() + "] " + what + " for task " + handle.taskId()
                + "; polling stopped. The task goes on at the vendor; resume with token " + handle.toToken() + ".",
                ErrorDetails.of(handle.providerId()), handle, last);
    }

    private void fail(R2vException error) {
        if (end()) {
            engine.listeners().failed(listener, error);
            completion = () -> future.completeExceptionally(error);
        }
    }

    /** Completes the future outside the lock, so callers' callbacks never run under it. */
    private void runCompletion() {
        Runnable r;
        synchronized (this) {
            r = completion;
            completion = null;
        }
        if (r != null) {
            r.run();
        }
    }

    private synchronized boolean end() {
        if (done) {
            return false;
        }
        done = true;
        if (nextPoll != null) {
            nextPoll.cancel();
        }
        if (deadlineTimer != null) {
            deadlineTimer.cancel();
        }
        if (inFlight != null) {
            inFlight.cancel(true);
        }
        return true;
    }

    private TaskSnapshot monotonic(TaskSnapshot s) {
        if (last != null && last.progress().isPresent() && s.progress().isPresent()
                && s.progress().getAsDouble() < last.progress().getAsDouble() && !s.status().isTerminal()) {
            return s.toBuilder().progress(last.progress().getAsDouble()).build();
        }
        return s;
    }

    private Duration nextInterval() {
        Duration base = policy.interval(++polls, maxInterval);
        double factor = 1 + policy.jitter() * (2 * engine.random().getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
    }

    private static String describe(TaskSnapshot s) {
        return s.status() + (s.progress().isPresent() ? " " + Math.round(s.progress().getAsDouble() * 100) + "%" : "");
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s >= 60) {
            return s % 60 == 0 ? d.toMinutes() + " min" : d.toMinutes() + " min " + (s % 60) + " s";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? s + " s" : ms >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0)
                : ms + " ms";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
