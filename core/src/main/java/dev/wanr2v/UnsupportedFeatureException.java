package dev.wanr2v;

/**
 * The chosen provider cannot do this at all (for example cancel or a cost estimate); see its\n * {@link dev.wanr2v.spi.Capabilities}.
 */
public class UnsupportedFeatureException extends R2vException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message, ErrorDetails details) {
        this(message, details, null);
    }

    public UnsupportedFeatureException(String message, ErrorDetails details, Throwable cause) {
        super(ErrorCategory.UNSUPPORTED, message, details, cause);
    }
}
