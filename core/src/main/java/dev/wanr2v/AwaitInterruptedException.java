package dev.wanr2v;

/**
 * A wait was interrupted or its future canceled. Polling stopped; the task itself goes on at the\n * vendor unless remote cancellation was requested. Await {@link #handle()} again to collect it.
 */
public class AwaitInterruptedException extends TaskException {
    private static final long serialVersionUID = 1L;

    public AwaitInterruptedException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot) {
        this(message, details, handle, lastSnapshot, null);
    }

    public AwaitInterruptedException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot,
            Throwable cause) {
        super(ErrorCategory.INTERRUPTED, message, details, handle, lastSnapshot, cause);
    }
}
