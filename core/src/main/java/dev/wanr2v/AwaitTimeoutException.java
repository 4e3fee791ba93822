package dev.wanr2v;

/**
 * A wait ran past its deadline. The paid task goes on at the vendor: await {@link #handle()} again\n * (also from another process, through its token) to collect the result.
 */
public class AwaitTimeoutException extends TaskException {
    private static final long serialVersionUID = 1L;

    public AwaitTimeoutException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot) {
        this(message, details, handle, lastSnapshot, null);
    }

    public AwaitTimeoutException(String message, ErrorDetails details, TaskHandle handle, TaskSnapshot lastSnapshot,
            Throwable cause) {
        super(ErrorCategory.AWAIT_TIMEOUT, message, details, handle, lastSnapshot, cause);
    }
}
