package dev.wanr2v;

/**
 * The task ran and failed at the vendor. The vendor's failure code and message are in\n * {@link #providerCode()} and {@link #providerMessage()}.
 */
public class TaskFailedException extends TaskException {
    private static final long serialVersionUID = 1L;

    public TaskFailedException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot) {
        this(message, details, handle, lastSnapshot, null);
    }

    public TaskFailedException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot,
            Throwable cause) {
        super(ErrorCategory.TASK_FAILED, message, details, handle, lastSnapshot, cause);
    }
}
