package dev.wanr2v.internal.observe;

import dev.wanr2v.AwaitInterruptedException;
import dev.wanr2v.AwaitTimeoutException;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.observation.TaskEnd;
import dev.wanr2v.observation.TaskObservation;
import dev.wanr2v.observation.TaskOutcome;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One observed task in the engine: its observer's {@link TaskObservation}, the model known of it, and the one
 * end it reports. {@link #NONE} (no observer) does nothing; a detached scope (a cost estimate) only carries a
 * model.
 */
public final class TaskScope {
    /** The scope of calls made for no observed task. */
    public static final TaskScope NONE = new TaskScope(null, null, null, null);

    private final Observing owner;
    private final TaskObservation observation;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile String model;
    private volatile TaskHandle handle;
    private volatile TaskSnapshot last;

    TaskScope(Observing owner, TaskObservation observation, String model, TaskHandle handle) {
        this.owner = owner;
        this.observation = observation;
        this.model = model;
        this.handle = handle;
    }

    TaskObservation observation() {
        return observation;
    }

    String model() {
        return model;
    }

    TaskHandle handle() {
        return handle;
    }

    /** A status answer named the model (a resumed task learns it so). */
    void learn(String named) {
        if (named != null && model == null && this != NONE) {
            model = named;
        }
    }

    /** The vendor accepted the task. */
    public void submitted(TaskHandle accepted) {
        if (observation == null) {
            return;
        }
        handle = accepted;
        Observing.tell(() -> observation.submitted(accepted), "submitted");
        owner.submitted(this, accepted);
    }

    /** A call made for the task will be made again. */
    public void retrying(RetryEvent event) {
        if (observation != null && !ended.get()) {
            Observing.tell(() -> observation.retrying(event), "retrying");
        }
    }

    /** The submit failed: the task never got a handle (or its outcome is unknown). */
    public void submitFailed(Throwable error) {
        end(TaskOutcome.FAILED, error instanceof R2vException r ? r : null);
    }

    /**
     * The listener a wait reports to, telling this task what the wait's listener hears: each change of status,
     * and the end. The task hears first; the caller's listener is called as before.
     */
    public ProgressListener listening(ProgressListener listener) {
        return observation == null ? listener : new Listening(listener);
    }

    /** A status call outside a wait saw the task end. */
    void ended(TaskSnapshot snapshot, R2vException error) {
        last = snapshot;
        end(switch (snapshot.status()) {
            case SUCCEEDED -> TaskOutcome.SUCCEEDED;
            case CANCELED -> TaskOutcome.CANCELED;
            case EXPIRED -> TaskOutcome.EXPIRED;
            default -> TaskOutcome.FAILED;
        }, snapshot.status() == dev.wanr2v.TaskStatus.SUCCEEDED ? null : error);
    }

    void abandoned() {
        end(TaskOutcome.ABANDONED, null);
    }

    private void failed(R2vException error) {
        if (error instanceof TaskException t) {
            t.lastSnapshot().ifPresent(s -> last = s);
        }
        end(error instanceof dev.wanr2v.TaskFailedException ? TaskOutcome.FAILED
                : error instanceof TaskCanceledException ? TaskOutcome.CANCELED
                : error instanceof TaskExpiredException ? TaskOutcome.EXPIRED
                : error instanceof AwaitTimeoutException ? TaskOutcome.TIMED_OUT
                : error instanceof AwaitInterruptedException ? TaskOutcome.ABANDONED
                : TaskOutcome.FAILED, error);
    }

    private void end(TaskOutcome outcome, R2vException error) {
        if (observation == null || !ended.compareAndSet(false, true)) {
            return;
        }
        owner.forget(this, last != null && last.status().isTerminal());
        TaskEnd end = new TaskEnd(outcome, error, last, handle, model);
        Observing.tell(() -> observation.ended(end), "ended");
    }

    /** Hears a wait's listener events for the task, then passes them on. */
    private final class Listening implements ProgressListener {
        private final ProgressListener next;

        Listening(ProgressListener next) {
            this.next = next;
        }

        @Override
        public void onStatus(TaskHandle h, TaskSnapshot snapshot) {
            last = snapshot;
            learn(owner.modelOf(snapshot));
            Observing.tell(() -> observation.statusChanged(snapshot), "statusChanged");
            next.onStatus(h, snapshot);
        }

        @Override
        public void onCompleted(GeneratedVideo video) {
            last = video.snapshot();
            end(TaskOutcome.SUCCEEDED, null);
            next.onCompleted(video);
        }

        @Override
        public void onFailed(R2vException error) {
            failed(error);
            next.onFailed(error);
        }

        @Override
        public void onSubmitted(TaskHandle h) {
            next.onSubmitted(h);
        }

        @Override
        public void onRetry(RetryEvent event) {
            next.onRetry(event);
        }

        @Override
        public void onBudgetWait(dev.wanr2v.BudgetWait wait) {
            next.onBudgetWait(wait);
        }

        @Override
        public void onDownload(TaskHandle h, long bytes, long total) {
            next.onDownload(h, bytes, total);
        }

        @Override
        public void onSending(dev.wanr2v.spi.Operation operation, long bytes, long total) {
            next.onSending(operation, bytes, total);
        }
    }
}
