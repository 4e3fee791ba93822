package dev.wanr2v;

/**
 * The network failed before a usable answer arrived: connection refused or reset, DNS, TLS.
 */
public class TransportException extends R2vException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public TransportException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.TRANSPORT, message, details, cause);
    }
}
