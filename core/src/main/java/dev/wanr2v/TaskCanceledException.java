package dev.wanr2v;

/**
 * The task was canceled (by this client or elsewhere).
 */
public class TaskCanceledException extends TaskException {
    private static final long serialVersionUID = 1L;

    public TaskCanceledException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot) {
        this(message, details, handle, lastSnapshot, null);
    }

    public TaskCanceledException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot,
            Throwable cause) {
        super(ErrorCategory.TASK_CANCELED, message, details, handle, lastSnapshot, cause);
    }
}
