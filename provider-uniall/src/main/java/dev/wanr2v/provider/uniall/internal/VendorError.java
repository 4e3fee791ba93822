package dev.wanr2v.provider.uniall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * An error as a UniAll answer states it, every part optional: OpenAI-style
 * {@code {"error":{"message","type","code"}}}, {@code {"error":"text"}}, or {@code {"message","code"}}.
 *
 * @param code    the vendor's code (a number is kept as text)
 * @param type    the OpenAI-style error type
 * @param message the vendor's message
 */
record VendorError(String code, String type, String message) {

    /** An {@code error} value: null or missing gives empty; text is a message; an object is read by its parts. */
    static Optional<VendorError> of(JsonNode error) {
        if (error == null || error.isMissingNode() || error.isNull()) {
            return Optional.empty();
        }
        if (!error.isObject()) {
            return Json.nonBlank(error).map(t -> new VendorError(null, null, t));
        }
        String message = Json.nonBlank(error, "message").or(() -> Json.nonBlank(error, "msg"))
                .or(() -> Json.nonBlank(error, "detail")).orElse(null);
        VendorError e = new VendorError(Json.nonBlank(error, "code").orElse(null), Json.nonBlank(error, "type").orElse(null),
                message);
        if (e.isEmpty() && !error.isEmpty()) {
            return Optional.of(new VendorError(null, null, error.toString()));
        }
        return e.isEmpty() ? Optional.empty() : Optional.of(e);
    }

    /** A whole error body: its {@code error} member, else its top-level {@code code}, {@code type}, {@code message}. */
    static Optional<VendorError> ofBody(JsonNode root) {
        Optional<VendorError> nested = of(Json.member(root, "error"));
        if (nested.isPresent()) {
            return nested;
        }
        VendorError e = new VendorError(Json.nonBlank(root, "code").orElse(null), Json.nonBlank(root, "type").orElse(null),
                Json.nonBlank(root, "message").or(() -> Json.nonBlank(root, "msg")).or(() -> Json.nonBlank(root, "detail"))
                        .orElse(null));
        return e.isEmpty() ? Optional.empty() : Optional.of(e);
    }

    boolean isEmpty() {
        return code == null && type == null && message == null;
    }
}
