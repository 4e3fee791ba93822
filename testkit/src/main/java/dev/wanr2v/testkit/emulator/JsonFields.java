package dev.wanr2v.testkit.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.ShotType;
import dev.wanr2v.VideoSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed fields of a JSON request body, turning every problem into the vendor's rejection.
 * Missing fields and JSON {@code null} read as absent; a field of the wrong type is rejected.
 *
 * <pre>{@code
 * JsonFields fields = new JsonFields(message -> new WireRejection(400, "InvalidParameter", message));
 * ObjectNode root = fields.parseObject(body);
 * Optional<String> prompt = fields.text(root, "prompt");
 * }</pre>
 */
public final class JsonFields {
    /**
     * Request bodies may carry data URIs of videos up to 100 MB (about 134 MB of base64): Jackson's default
     * 20 MB limit on one string would refuse what the vendors document as valid.
     */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(256 * 1024 * 1024).build())
            .build());
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})\\*(\\d{1,5})");

    private final Function<String, WireRejection> reject;

    /** @param reject makes the vendor's rejection from a message */
    public JsonFields(Function<String, WireRejection> reject) {
        this.reject = Objects.requireNonNull(reject, "reject");
    }

    /** The vendor's rejection with this message. */
    public WireRejection reject(String message) {
        return reject.apply(message);
    }

    /** Parses a body that must be one JSON object. */
    public ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw reject("the request body is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw reject("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw reject("the request body could not be read");
        }
        if (!(root instanceof ObjectNode object)) {
            throw reject("the request body must be a JSON object");
        }
        return object;
    }

    /** A field's node, absent when missing or {@code null}. */
    public Optional<JsonNode> node(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** An object field. */
    public Optional<ObjectNode> object(JsonNode parent, String name) {
        return node(parent, name).map(v -> {
            if (v instanceof ObjectNode o) {
                return o;
            }
            throw reject(name + " must be an object");
        });
    }

    /** A string field. */
    public Optional<String> text(JsonNode parent, String name) {
        return node(parent, name).map(v -> {
            if (!v.isTextual()) {
                throw reject(name + " must be a string");
            }
            return v.textValue();
        });
    }

    /** An integral number field; {@code "5"} is accepted too when {@code numericStrings} is set. */
    public Optional<Long> integer(JsonNode parent, String name, boolean numericStrings) {
        return node(parent, name).map(v -> {
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                return v.longValue();
            }
            if (v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 1e15) {
                return (long) v.asDouble();
            }
            if (numericStrings && v.isTextual() && v.textValue().strip().matches("-?\\d{1,18}")) {
                return Long.parseLong(v.textValue().strip());
            }
            throw reject(name + " must be an integer");
        });
    }

    /** An integral number field that fits an {@code int}. */
    public Optional<Integer> smallInteger(JsonNode parent, String name, boolean numericStrings) {
        return integer(parent, name, numericStrings).map(v -> {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw reject(name + " is out of range: " + v);
            }
            return v.intValue();
        });
    }

    /** A {@code WIDTH*HEIGHT} size field, e.g. {@code "1280*720"} (only {@code *}, no blanks, positive sides). */
    public Optional<VideoSize> size(JsonNode parent, String name) {
        return text(parent, name).map(text -> {
            Matcher m = SIZE.matcher(text);
            if (!m.matches() || Integer.parseInt(m.group(1)) == 0 || Integer.parseInt(m.group(2)) == 0) {
                throw reject(name + " must read WIDTH*HEIGHT, e.g. 1280*720; got " + text);
            }
            return new VideoSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        });
    }

    /** A shot type field, {@code "single"} or {@code "multi"}. */
    public Optional<ShotType> shotType(JsonNode parent, String name) {
        return text(parent, name).map(text -> switch (text) {
            case "single" -> ShotType.SINGLE;
            case "multi" -> ShotType.MULTI;
            default -> throw reject(name + " must be single or multi, got " + text);
        });
    }

    /** A boolean field. */
    public Optional<Boolean> bool(JsonNode parent, String name) {
        return node(parent, name).map(v -> {
            if (!v.isBoolean()) {
                throw reject(name + " must be true or false");
            }
            return v.booleanValue();
        });
    }

    /** An array of strings. */
    public Optional<List<String>> strings(JsonNode parent, String name) {
        return node(parent, name).map(v -> {
            if (!v.isArray()) {
                throw reject(name + " must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    throw reject(name + " must hold only strings");
                }
                out.add(item.textValue());
            }
            return out;
        });
    }
}
