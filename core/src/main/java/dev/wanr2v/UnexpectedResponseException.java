package dev.wanr2v;

/**
 * The vendor answered with something this library cannot read: not JSON, missing required fields, a\n * body over the size cap. The message quotes a shortened, redacted part of the answer.
 */
public class UnexpectedResponseException extends R2vException {
    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public UnexpectedResponseException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.UNEXPECTED_RESPONSE, message, details, cause);
    }
}
