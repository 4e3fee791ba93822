package dev.wanr2v.spi;

import java.util.Objects;

/**
 * Thrown by a codec's {@code read…} method when an answer with a 2xx status carries a vendor error
 * (some gateways answer errors with HTTP 200). The engine treats it exactly like an error answer
 * read by {@link ProviderCodec#readError}.
 */
public final class VendorErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorInfo error;

    public VendorErrorException(ErrorInfo error) {
        super(Objects.requireNonNull(error, "error").toString(), null, false, false);
        this.error = error;
    }

    public ErrorInfo error() {
        return error;
    }
}
