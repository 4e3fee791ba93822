package dev.wanr2v.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
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
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build()).build());

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

    /**
     * Whether the body says {@code value}: in its raw text, or in a string of its JSON once decoded (a task
     * id read from {@code "\u00e9\u00e9"} is {@code "éé"}, which the raw text does not contain).
     */
    public boolean mentions(String value) {
        String text = text();
        if (text.contains(value)) {
            return true;
        }
        try {
            return mentions(JSON.readTree(body), value);
        } catch (IOException | RuntimeException e) {
            return false; // not JSON, or too deep to read: the raw text was all there was
        }
    }

    private static boolean mentions(JsonNode node, String value) {
        if (node.isTextual()) {
            return node.textValue().contains(value);
        }
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().contains(value) || mentions(field.getValue(), value)) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (mentions(element, value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Kind, type and size only: bodies can be megabytes long. */
    @Override
    public String toString() {
        return "HostileBody[" + kind + ", " + contentType + ", " + body.length + " bytes]";
    }
}
