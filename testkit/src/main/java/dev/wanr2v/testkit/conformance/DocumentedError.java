package dev.wanr2v.testkit.conformance;

import dev.wanr2v.ErrorCategory;
import java.util.Objects;

/**
 * One error a vendor documents, and the neutral category a provider must map it to. Rule 5.1 has the
 * emulator answer a create call with it (in the vendor's error shape) and checks the category of what
 * {@code submit} throws.
 *
 * @param httpStatus the HTTP status the vendor answers with
 * @param code       the vendor's error code, e.g. {@code Throttling.RateQuota} or {@code 001028002}
 * @param category   the neutral category it means
 */
public record DocumentedError(int httpStatus, String code, ErrorCategory category) {

    /** Checks the values. */
    public DocumentedError {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("an error answer has a 4xx or 5xx status: " + httpStatus);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
    }

    /** Shorthand for the constructor. */
    public static DocumentedError of(int httpStatus, String code, ErrorCategory category) {
        return new DocumentedError(httpStatus, code, category);
    }

    @Override
    public String toString() {
        return "HTTP " + httpStatus + " " + code + " -> " + category;
    }
}
