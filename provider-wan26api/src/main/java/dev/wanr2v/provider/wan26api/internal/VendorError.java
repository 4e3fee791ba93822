package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * An error as the gateway wrote it, {@code "error":{"code","message"}} (seed 004), or a bare string
 * (PROTOCOLS.md): a code (a number or a string) and a message, either of which may be missing.
 *
 * @param code    the code as text, as received ({@code 1028001} if it came as a number)
 * @param message the message
 */
record VendorError(String code, String message) {
    /** A blank code or message is none. */
    VendorError {
        code = code == null || code.isBlank() ? null : code;
        message = message == null || message.isBlank() ? null : message;
    }

    /** The error a body carries in its {@code error} field (an object or a bare string); {@code null} if none. */
    static VendorError in(JsonNode root) {
        return root == null || !root.isObject() ? null : of(root.get("error"));
    }

    /**
     * Reads an {@code error} value: {@code {"code","message"}} (an object is an error, even one that names
     * neither), a bare string (a message: no document says a bare string may be a code) or a bare number
     * (a code); {@code null} if absent, {@code null} or a blank scalar.
     */
    static VendorError of(JsonNode error) {
        if (error == null || error.isNull()) {
            return null;
        }
        if (error.isObject()) {
            return new VendorError(Json.text(error, "code"), Json.text(error, "message"));
        }
        String text = Json.scalar(error);
        if (text == null || text.isBlank()) {
            return null;
        }
        return error.isNumber() ? new VendorError(text.strip(), null) : new VendorError(null, text);
    }

    /** The documented code this is, if any. */
    Optional<ErrorCodes> known() {
        return ErrorCodes.of(code);
    }
}
