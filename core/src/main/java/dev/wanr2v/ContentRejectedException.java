package dev.wanr2v;

/**
 * The vendor's content moderation refused the prompt or a reference. Change the input.
 */
public class ContentRejectedException extends R2vException {
    private static final long serialVersionUID = 1L;

    public ContentRejectedException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public ContentRejectedException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.CONTENT_REJECTED, message, details, cause);
    }
}
