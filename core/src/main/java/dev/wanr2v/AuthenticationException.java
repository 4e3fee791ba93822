package dev.wanr2v;

/**
 * The vendor refused the API key: missing, wrong, revoked, or from another region than the endpoint.
 */
public class AuthenticationException extends R2vException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public AuthenticationException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.AUTHENTICATION, message, details, cause);
    }
}
