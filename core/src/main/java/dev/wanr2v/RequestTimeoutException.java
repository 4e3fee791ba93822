package dev.wanr2v;

/**
 * One HTTP call took longer than its configured timeout.
 */
public class RequestTimeoutException extends R2vException {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public RequestTimeoutException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.TIMEOUT, message, details, cause);
    }
}
