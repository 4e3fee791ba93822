package dev.wanr2v.provider.uniall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/** Lenient reading of JSON answers: wrong types and missing fields give empty results, never exceptions. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long LATEST_EPOCH_SECOND = 100_000_000_000L;

    private Json() {
    }

    /** The body as a JSON object, or empty if it is not one (not JSON, an array, empty). */
    static Optional<JsonNode> object(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The member {@code field} of an object, or a missing node. */
    static JsonNode member(JsonNode node, String field) {
        return node != null && node.isObject() ? node.path(field) : MissingNode.getInstance();
    }

    /** A string or number member as non-blank text. */
    static Optional<String> text(JsonNode node, String field) {
        return text(member(node, field));
    }

    /** A string or number node as non-blank text. */
    static Optional<String> text(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A number member, also from text such as {@code "42"} or {@code "42%"}. */
    static Optional<Double> number(JsonNode node, String field) {
        JsonNode value = member(node, field);
        if (value.isNumber()) {
            return Optional.of(value.doubleValue());
        }
        return text(value).map(t -> t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t).flatMap(t -> {
            try {
                return Optional.of(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** A time member in epoch seconds (epoch milliseconds and ISO-8601 text are read too). */
    static Optional<Instant> instant(JsonNode node, String field) {
        JsonNode value = member(node, field);
        try {
            if (value.isNumber() || (value.isTextual() && value.asText().strip().matches("\\d{1,19}"))) {
                long n = value.isNumber() ? value.asLong() : Long.parseLong(value.asText().strip());
                if (n <= 0) {
                    return Optional.empty();
                }
                return Optional.of(n < LATEST_EPOCH_SECOND ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n));
            }
            return text(value).map(Instant::parse);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
