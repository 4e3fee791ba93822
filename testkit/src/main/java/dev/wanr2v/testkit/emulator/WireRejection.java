package dev.wanr2v.testkit.emulator;

import java.util.Objects;

/**
 * A vendor's refusal of a request it cannot accept, as its emulator will answer it: an HTTP status
 * with the vendor's error code and message.
 */
public final class WireRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status  the HTTP status, e.g. 400
     * @param code    the vendor's error code, e.g. {@code InvalidParameter} or {@code 001028001}
     * @param message the vendor's message
     */
    public WireRejection(int status, String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The vendor's error code. */
    public String code() {
        return code;
    }
}
