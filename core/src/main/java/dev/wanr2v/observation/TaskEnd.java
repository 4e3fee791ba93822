package dev.wanr2v.observation;

import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import java.util.Objects;
import java.util.Optional;

/** How a task's observation ended, and what was known of the task then. */
public final class TaskEnd {
    private final TaskOutcome outcome;
    private final R2vException error;
    private final TaskSnapshot snapshot;
    private final TaskHandle handle;
    private final String model;

    /**
     * @param outcome  how it ended
     * @param error    why, unless it succeeded; {@code null} then
     * @param snapshot the last status heard, or {@code null}
     * @param handle   the task, or {@code null} when its submit failed
     * @param model    the vendor's model id as known at the end, or {@code null}
     */
    public TaskEnd(TaskOutcome outcome, R2vException error, TaskSnapshot snapshot, TaskHandle handle, String model) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.error = error;
        this.snapshot = snapshot;
        this.handle = handle;
        this.model = model;
    }

    /** How the task's observation ended. */
    public TaskOutcome outcome() {
        return outcome;
    }

    /** Why it did not succeed; its {@link R2vException#category()} is the {@code error.type}. */
    public Optional<R2vException> error() {
        return Optional.ofNullable(error);
    }

    /** The last status heard: {@link TaskSnapshot#usage()} has the billed seconds and cost, where reported. */
    public Optional<TaskSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** The task, unless its submit failed. */
    public Optional<TaskHandle> handle() {
        return Optional.ofNullable(handle);
    }

    /** The vendor's model id, when known by the end (a resumed task's may be learnt from a status answer). */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    @Override
    public String toString() {
        return "TaskEnd[" + outcome.value() + (error == null ? "" : ", " + error.category().label())
                + (handle == null ? "" : ", " + handle) + "]";
    }
}
