package dev.wanr2v;

/**
 * The library is misconfigured: no provider, an unknown or ambiguous provider id, a missing API key\n * or base URL, an invalid option value. The message says which setting to change and where.
 */
public class ConfigurationException extends R2vException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public ConfigurationException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.CONFIGURATION, message, details, cause);
    }
}
