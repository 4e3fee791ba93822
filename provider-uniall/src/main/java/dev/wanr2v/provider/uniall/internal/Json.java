package dev.wanr2v.provider.uniall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wanr2v.spi.HttpReply;
import java.util.Optional;

/**
 * Lenient reading of JSON answers: wrong types and missing fields give empty results, never exceptions.
 *
 * <p>The names mean the same in every built-in provider's {@code Json}: {@code body} parses an answer,
 * {@code member} reads any member; {@code nonBlank} is this provider's way to read text.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The answer's body parsed as a JSON object, or empty if it is empty, not JSON, or not an object. */
    static Optional<JsonNode> body(HttpReply reply) {
        return reply.parsed(MAPPER::readTree).filter(JsonNode::isObject);
    }

    /** The member {@code field} of an object, or a missing node. */
    static JsonNode member(JsonNode node, String field) {
        return node != null && node.isObject() ? node.path(field) : MissingNode.getInstance();
    }

    /** A string, number or boolean member as stripped, non-blank text. */
    static Optional<String> nonBlank(JsonNode node, String field) {
        return nonBlank(member(node, field));
    }

    /**
     * The member as a task id: a string, or a whole number as the vendor wrote it; stripped; empty when blank or anything else.
     * A fraction or an exponent is no id: read as text it would name a task the answer never named
     * ({@code 1e308} as {@code 1.0E308}).
     */
    static Optional<String> id(JsonNode node, String field) {
        JsonNode value = member(node, field);
        return value.isIntegralNumber() ? Optional.of(value.bigIntegerValue().toString())
                : value.isTextual() ? nonBlank(value) : Optional.empty();
    }

    /** A string, number or boolean node as stripped, non-blank text. */
    static Optional<String> nonBlank(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
