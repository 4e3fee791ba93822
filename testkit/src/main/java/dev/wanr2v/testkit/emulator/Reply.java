package dev.wanr2v.testkit.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer of an emulator: status, headers and body.
 *
 * @param status  the HTTP status
 * @param headers header names and values, in order
 * @param body    the body (shared, not copied: do not modify it)
 */
public record Reply(int status, Map<String, String> headers, byte[] body) {

    /** The content type of JSON answers. */
    public static final String JSON = "application/json";

    /** Copies the headers. */
    public Reply {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
    }

    /** A JSON answer. */
    public static Reply json(int status, String json) {
        return of(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer with a body of this content type. */
    public static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, Map.of("Content-Type", contentType), body);
    }

    /** This answer with one more header (replacing one of the same name, ignoring case). */
    public Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        copy.put(name, value);
        return new Reply(status, copy, body);
    }

    /** This answer with another body (the headers kept). */
    public Reply withBody(byte[] newBody) {
        return new Reply(status, headers, newBody);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Reply[" + status + ", " + headers.getOrDefault("Content-Type", "no content type") + ", "
                + body.length + " bytes]";
    }
}
