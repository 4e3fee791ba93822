package dev.wanr2v;

/**
 * The vendor no longer knows the task: its id expired (DashScope keeps tasks 24 h) or never existed.
 */
public class TaskExpiredException extends TaskException {
    private static final long serialVersionUID = 1L;

    public TaskExpiredException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot) {
        this(message, details, handle, lastSnapshot, null);
    }

    public TaskExpiredException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot,
            Throwable cause) {
        super(ErrorCategory.TASK_EXPIRED, message, details, handle, lastSnapshot, cause);
    }
}
