package dev.wanr2v;

/**
 * The key is valid but may not do this: no access to the model, account overdue, insufficient\n * balance. Retrying does not help until the account is fixed.
 */
public class PermissionException extends R2vException {
    private static final long serialVersionUID = 1L;

    public PermissionException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public PermissionException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.PERMISSION, message, details, cause);
    }
}
