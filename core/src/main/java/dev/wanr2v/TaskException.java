package dev.wanr2v;

import java.util.Objects;
import java.util.Optional;

/**
 * A failure that concerns one submitted task. Carries the task's {@link TaskHandle} (so the task can
 * be looked at or awaited again later) and the last snapshot seen, if any.
 */
public abstract class TaskException extends R2vException {
    private static final long serialVersionUID = 1L;

    private final transient TaskHandle handle;
    private final transient TaskSnapshot lastSnapshot;

    protected TaskException(ErrorCategory category, String message, ErrorDetails details, TaskHandle handle,
            TaskSnapshot lastSnapshot, Throwable cause) {
        super(category, message, details, cause);
        this.handle = Objects.requireNonNull(handle, "handle");
        this.lastSnapshot = lastSnapshot;
    }

    /** The task this is about; {@link TaskHandle#toToken()} resumes it in another process. */
    public TaskHandle handle() {
        return handle;
    }

    /** The last state seen before the failure, if the task was ever observed. */
    public Optional<TaskSnapshot> lastSnapshot() {
        return Optional.ofNullable(lastSnapshot);
    }
}
