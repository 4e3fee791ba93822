package dev.wanr2v;

/**
 * The task's state does not allow the operation, e.g. DashScope cancels only tasks still PENDING.
 */
public class TaskConflictException extends TaskException {
    private static final long serialVersionUID = 1L;

    public TaskConflictException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot) {
        this(message, details, handle, lastSnapshot, null);
    }

    public TaskConflictException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot,
            Throwable cause) {
        super(ErrorCategory.CONFLICT, message, details, handle, lastSnapshot, cause);
    }
}
