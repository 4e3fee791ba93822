package dev.wanr2v.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A response body a correct provider must survive: report it as an unexpected response, never crash
 * with a bare exception, never loop, never hang. Emulators can serve one in place of a real answer
 * ({@code Fault.body(HostileBody)}).
 *
 * @param kind        what is wrong with it
 * @param contentType the {@code Content-Type} it is served with (often a lie)
 * @param body        the bytes (the array is shared; do not modify it)
 */
public record HostileBody(Kind kind, String contentType, byte[] body) {

    /** The families of hostile bodies. */
    public enum Kind {
        /** Zero bytes. */
        EMPTY,
        /** An HTML error page, as proxies and gateways serve. */
        HTML_ERROR_PAGE,
        /** JSON cut off in the middle. */
        TRUNCATED_JSON,
        /** Bytes that are not text at all. */
        RANDOM_BYTES,
        /** Well-formed JSON whose fields have the wrong types. */
        WRONG_TYPES,
        /** A very long string value. */
        HUGE_STRING,
        /** Arrays or objects nested thousands deep. */
        DEEPLY_NESTED,
        /** Well-formed JSON without the fields a vendor always sends ({@code {}}, {@code null}, {@code []}). */
        MISSING_FIELDS
    }

    /** Checks that nothing is null. */
    public HostileBody {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** The body decoded as UTF-8 (lossy for random bytes). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Kind, type and size only: bodies can be megabytes long. */
    @Override
    public String toString() {
        return "HostileBody[" + kind + ", " + contentType + ", " + body.length + " bytes]";
    }
}
