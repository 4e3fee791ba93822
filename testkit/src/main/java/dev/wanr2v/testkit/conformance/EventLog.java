package dev.wanr2v.testkit.conformance;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A listener that writes down every event of one task, in the order they arrive. Thread-safe. */
final class EventLog implements ProgressListener {

    /** The kinds of events. */
    enum Kind {
        SUBMITTED, STATUS, RETRY, COMPLETED, FAILED
    }

    /**
     * One event.
     *
     * @param kind     what happened
     * @param handle   the task, for {@code SUBMITTED}
     * @param snapshot the snapshot, for {@code STATUS}
     * @param error    the error, for {@code FAILED}
     */
    record Event(Kind kind, TaskHandle handle, TaskSnapshot snapshot, R2vException error) {
        @Override
        public String toString() {
            return switch (kind) {
                case STATUS -> "status " + snapshot.status() + " \"" + snapshot.rawStatus() + "\""
                        + (snapshot.progress().isPresent() ? " " + snapshot.progress().getAsDouble() : "");
                case FAILED -> "failed " + error.getClass().getSimpleName();
                default -> kind.name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    private final List<Event> events = new ArrayList<>();
    private final ProgressListener next;

    /** A log that only writes down. */
    EventLog() {
        this(ProgressListener.none());
    }

    /** A log that passes each status on to {@code next} once it is written down. */
    EventLog(ProgressListener next) {
        this.next = next;
    }

    @Override
    public synchronized void onSubmitted(TaskHandle handle) {
        events.add(new Event(Kind.SUBMITTED, handle, null, null));
    }

    @Override
    public void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
        synchronized (this) {
            events.add(new Event(Kind.STATUS, handle, snapshot, null));
        }
        next.onStatus(handle, snapshot);
    }

    @Override
    public synchronized void onRetry(RetryEvent event) {
        events.add(new Event(Kind.RETRY, event.handle().orElse(null), null, event.cause()));
    }

    @Override
    public synchronized void onCompleted(GeneratedVideo video) {
        events.add(new Event(Kind.COMPLETED, video.handle(), null, null));
    }

    @Override
    public synchronized void onFailed(R2vException error) {
        events.add(new Event(Kind.FAILED, null, null, error));
    }

    /** The events so far. */
    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The snapshots heard, in order. */
    synchronized List<TaskSnapshot> snapshots() {
        return events.stream().filter(e -> e.kind() == Kind.STATUS).map(Event::snapshot).toList();
    }
}
