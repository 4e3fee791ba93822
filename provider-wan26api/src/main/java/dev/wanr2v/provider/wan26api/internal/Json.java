package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.support.Readings;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Lenient JSON reading: every accessor returns {@code null} (or, for {@link #object}, a missing node) for
 * a missing field, a JSON {@code null} or a value of the wrong type, never throws. Parents are nodes the
 * readers hold, never {@code null}; any node will do ({@link JsonNode#get(String)} of an array, a value or a
 * missing node is {@code null}). Decimal numbers are read exactly, trailing zeros kept.
 *
 * <p>The names mean the same in every built-in provider's {@code Json}: {@code body} parses an answer,
 * {@code object} reads a member that is an object, {@code text} a member that is a scalar.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /**
     * Writes into streams it does not own (never closes them); emoji as UTF-8, not escaped surrogates; closing
     * a generator closes no object or array left open (a body is complete because the writer ended it).
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final int MAX_NUMBER_TEXT = 100;

    private Json() {
    }

    /** The answer's body parsed as a JSON object, or empty if it is empty, not JSON, or not an object. */
    static Optional<JsonNode> body(HttpReply reply) {
        return reply.parsed(MAPPER::readTree).filter(JsonNode::isObject);
    }

    /** The member {@code name} if it is an object, else a missing node. */
    static JsonNode object(JsonNode parent, String name) {
        JsonNode n = parent == null ? null : parent.get(name);
        return n != null && n.isObject() ? n : MissingNode.getInstance();
    }

    /** The first of these fields that holds a scalar, as text. */
    static String text(JsonNode parent, String... names) {
        for (String name : names) {
            String value = scalar(parent.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The first of these fields that holds an identifier: a string, or a whole number written as the
     * gateway wrote it; {@code null} otherwise. A fraction or an exponent is no id: read as text it would
     * name a task the answer never named ({@code 1e308} as {@code 1E+308}).
     */
    static String id(JsonNode parent, String... names) {
        for (String name : names) {
            JsonNode n = parent.get(name);
            if (n != null && (n.isTextual() || n.isIntegralNumber())) {
                return n.isTextual() ? n.asText() : n.bigIntegerValue().toString();
            }
        }
        return null;
    }

    /** A string, number or boolean as text (numbers in plain notation); {@code null} otherwise. */
    static String scalar(JsonNode n) {
        if (n == null || !n.isValueNode() || n.isNull()) {
            return null;
        }
        if (n.isBigDecimal()) {
            return plain(n.decimalValue());
        }
        return n.asText();
    }

    /** The member {@code name} as an exact decimal, from a number or a numeric string; {@code null} if it is neither. */
    static BigDecimal decimal(JsonNode parent, String name) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n != null && n.isNumber()) {
            return n.decimalValue();
        }
        return n != null && n.isTextual() ? Readings.decimal(n.asText()).orElse(null) : null;
    }

    /** Plain notation ({@code 0.0065}) unless the exponent is absurd, where it would be huge. */
    static String plain(BigDecimal d) {
        return Math.abs(d.scale()) <= MAX_NUMBER_TEXT ? d.toPlainString() : d.toString();
    }
}
