package dev.wanr2v;

/**
 * The vendor failed internally (HTTP 5xx or an internal error code).
 */
public class ProviderServerException extends R2vException {
    private static final long serialVersionUID = 1L;

    public ProviderServerException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public ProviderServerException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.PROVIDER_ERROR, message, details, cause);
    }
}
