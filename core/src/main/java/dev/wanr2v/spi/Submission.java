package dev.wanr2v.spi;

import dev.wanr2v.TaskSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * A codec's reading of a successful create answer: the new task's id and, if the answer already
 * says more (a status, or even the finished result), a first snapshot.
 */
public final class Submission {
    private final String taskId;
    private final TaskSnapshot snapshot;
    private final String requestId;

    private Submission(String taskId, TaskSnapshot snapshot, String requestId) {
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        if (taskId.isBlank()) {
            throw new IllegalArgumentException("task id is blank");
        }
        this.snapshot = snapshot;
        this.requestId = requestId;
    }

    /** A task id and nothing else. */
    public static Submission of(String taskId) {
        return new Submission(taskId, null, null);
    }

    /** This submission with a first snapshot. */
    public Submission withSnapshot(TaskSnapshot snapshot) {
        return new Submission(taskId, snapshot, requestId);
    }

    /** This submission with the vendor's request id. */
    public Submission withRequestId(String requestId) {
        return new Submission(taskId, snapshot, requestId);
    }

    public String taskId() {
        return taskId;
    }

    /** What the create answer said about the task, if anything. */
    public Optional<TaskSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public String toString() {
        return "Submission[" + taskId + "]";
    }
}
