package dev.wanr2v.provider.uniall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An error as a UniAll answer states it in its {@code error} member, every part optional: OpenAI-style
 * {@code {"message","type","code"}}, or a bare text (PROTOCOLS.md: null, a string, or an object with
 * {@code message}/{@code code}).
 *
 * @param code    the vendor's code (a number is kept as text)
 * @param type    the OpenAI-style error type
 * @param message the vendor's message
 */
record VendorError(String code, String type, String message) {
    /** No error stated: an answer without a readable {@code error} member. */
    static final VendorError NONE = new VendorError(null, null, null);

    /** The code a user is shown: the vendor's code, else its OpenAI-style type; {@code null} if neither. */
    String shownCode() {
        return code != null ? code : type;
    }

    /** An {@code error} value: null, missing or empty gives empty; text is a message; an object is read by its parts. */
    static Optional<VendorError> of(JsonNode error) {
        if (error == null || !error.isObject()) {
            return Json.nonBlank(error).map(t -> new VendorError(null, null, t));
        }
        VendorError e = new VendorError(Json.nonBlank(error, "code").orElse(null),
                Json.nonBlank(error, "type").orElse(null), Json.nonBlank(error, "message").orElse(null));
        return Stream.of(e.code(), e.type(), e.message()).anyMatch(Objects::nonNull) ? Optional.of(e) : Optional.empty();
    }

    /** A whole error body: its {@code error} member. */
    static Optional<VendorError> ofBody(JsonNode root) {
        return of(Json.member(root, "error"));
    }
}
