package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wanr2v.spi.HttpReply;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Lenient reading of vendor JSON: a missing field, a {@code null}, or a value of the wrong type is
 * "absent", never an exception; numbers sent as strings are accepted.
 *
 * <p>The names mean the same in every built-in provider's {@code Json}: {@code body} parses an answer,
 * {@code object} reads a member that is an object, {@code text} a member that is a scalar.
 */
public final class Json {
    /** The shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();


    private Json() {
    }

    /** The answer's body parsed as a JSON object, or empty if it is empty, not JSON, or not an object. */
    public static Optional<JsonNode> body(HttpReply reply) {
        return reply.parsed(MAPPER::readTree).filter(JsonNode::isObject);
    }

    /** The member {@code field} if it is an object, else a missing node. */
    public static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node != null && node.isObject() ? node : MissingNode.getInstance();
    }

    /** A scalar as text ({@code 5} becomes {@code "5"}); {@code null} when absent, null or a container. */
    public static String text(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** Like {@link #text}, but a blank value is {@code null} too. */
    public static String nonBlank(JsonNode parent, String field) {
        String text = text(parent, field);
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The member as a task id: a string, or a whole number as the vendor wrote it; {@code null} otherwise.
     * A fraction or an exponent is no id: read as text it would name a task the answer never named
     * ({@code 1e308} as {@code 1.0E308}).
     */
    public static String id(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node == null ? null : node.isTextual() ? node.asText()
                : node.isIntegralNumber() ? node.bigIntegerValue().toString() : null;
    }

    /** A member's value (as an object's fields give it) as text, containers as JSON; {@code null} for JSON null. */
    public static String raw(JsonNode value) {
        return value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    /** A JSON number, exactly; {@code null} for anything else (a number in a string is in no DashScope document). */
    public static BigDecimal quantity(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /** A JSON number that is a whole number and fits an {@code int} ({@code 720}, {@code 720.0}); else {@code null}. */
    public static Integer integer(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node != null && node.canConvertToExactIntegral() && node.canConvertToInt() ? node.intValue() : null;
    }
}
