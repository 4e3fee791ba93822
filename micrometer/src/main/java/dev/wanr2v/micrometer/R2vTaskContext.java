package dev.wanr2v.micrometer;

import dev.wanr2v.TaskHandle;
import dev.wanr2v.observation.TaskEnd;
import dev.wanr2v.observation.TaskStart;
import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The context of a {@link R2vObservationDocumentation#TASK} observation: the task's start, handle and end. */
public final class R2vTaskContext extends Observation.Context {
    private final TaskStart start;
    private final AtomicInteger statusCalls = new AtomicInteger();
    private volatile TaskHandle handle;
    private volatile TaskEnd end;

    /** A context for a task that starts. */
    public R2vTaskContext(TaskStart start) {
        this.start = Objects.requireNonNull(start, "start");
        this.handle = start.handle().orElse(null);
    }

    /** What started the task: a submit (with its request) or a resumed wait. */
    public TaskStart start() {
        return start;
    }

    /** The task, once the vendor accepted it (at once for a resumed task). */
    public Optional<TaskHandle> handle() {
        return Optional.ofNullable(handle);
    }

    /** How it ended; empty until it did. */
    public Optional<TaskEnd> end() {
        return Optional.ofNullable(end);
    }

    /** The vendor's model id, as known now. */
    public Optional<String> model() {
        TaskEnd e = end;
        return e != null && e.model().isPresent() ? e.model() : start.model();
    }

    /** Status exchanges made for the task so far. */
    public int statusCalls() {
        return statusCalls.get();
    }

    void submitted(TaskHandle accepted) {
        this.handle = accepted;
    }

    void statusCall() {
        statusCalls.incrementAndGet();
    }

    void ended(TaskEnd taskEnd) {
        this.end = taskEnd;
    }
}
