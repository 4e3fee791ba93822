package dev.wanr2v.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Hostile response bodies: generic ones, and variants of a valid body a vendor would send. */
final class BodyArbitraries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";

    /** Answers shaped like the three vendors' status and error bodies. */
    static final List<String> TEMPLATES = List.of(
            "{\"request_id\":\"7f1c\",\"output\":{\"task_id\":\"0385dc79\",\"task_status\":\"SUCCEEDED\","
                    + "\"video_url\":\"https://example.com/v.mp4?Expires=1&Signature=x\",\"end_time\":\"2025-07-27 21:05:15.212\"},"
                    + "\"usage\":{\"duration\":10,\"video_count\":1,\"SR\":720}}",
            "{\"id\":\"task_abc\",\"task_id\":\"task_abc\",\"object\":\"video.generation.job\",\"model\":\"wan2.6-r2v-720p\","
                    + "\"status\":\"completed\",\"progress\":100,\"created_at\":1773984104,\"video_url\":\"https://example.com/v.mp4\","
                    + "\"result\":{\"video_url\":\"https://example.com/v.mp4\",\"outputs\":[\"https://example.com/v.mp4\"]},"
                    + "\"error\":null,\"raw_status\":\"SUCCEEDED\"}",
            "{\"id\":\"gen-1\",\"created_at\":1773984104,\"status\":\"completed\",\"progress\":1.0,\"output\":[{\"content\":"
                    + "[{\"type\":\"video\",\"url\":\"https://example.com/v.mp4\",\"jobId\":\"j1\"}],\"jobId\":\"j1\"}],"
                    + "\"usage\":{\"cost\":\"0.0065\",\"discount\":1},\"metadata\":{}}",
            "{\"request_id\":\"7f1c\",\"code\":\"InvalidParameter\",\"message\":\"Field required: input.prompt\"}",
            "{\"error\":{\"code\":\"001028001\",\"message\":\"reference_urls must be an array with 1-5 items\"}}");

    private static final List<String> HTML_PAGES = List.of(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>"
                    + "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            "<!DOCTYPE html><html lang=\"en\"><head><title>Just a moment...</title></head><body><noscript>"
                    + "Enable JavaScript and cookies to continue</noscript></body></html>",
            "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Request has expired."
                    + "</Message></Error>");
    private static final List<String> MISSING = List.of("{}", "null", "[]", "\"\"", "true", "0",
            "{\"output\":{}}", "{\"data\":null}", "{\"id\":null,\"status\":null}", "{\"output\":[]}",
            "{\"error\":{}}", "{\"result\":{}}");

    private static final Arbitrary<HostileBody> GENERIC = buildGeneric();
    private static final Arbitrary<HostileBody> HOSTILE = Arbitraries.oneOf(GENERIC,
            Arbitraries.oneOf(TEMPLATES.stream().map(BodyArbitraries::derived).toList()));

    private BodyArbitraries() {
    }

    static Arbitrary<HostileBody> hostile() {
        return HOSTILE;
    }

    /** Bodies that need no valid example: empty, HTML, random bytes, huge, deeply nested, fields missing. */
    static Arbitrary<HostileBody> generic() {
        return GENERIC;
    }

    private static Arbitrary<HostileBody> buildGeneric() {
        return Arbitraries.oneOf(
                Arbitraries.of(JSON_TYPE, "text/plain", "").map(t -> new HostileBody(HostileBody.Kind.EMPTY, t, new byte[0])),
                Combinators.combine(Arbitraries.of(HTML_PAGES), Arbitraries.of("text/html", JSON_TYPE))
                        .as((page, type) -> body(HostileBody.Kind.HTML_ERROR_PAGE, type, page)),
                Combinators.combine(Arbitraries.integers().between(1, 4096).flatMap(n -> Arbitraries.randomValue(r -> {
                    byte[] bytes = new byte[n];
                    r.nextBytes(bytes);
                    return bytes;
                })), Arbitraries.of(JSON_TYPE, "application/octet-stream"))
                        .as((bytes, type) -> new HostileBody(HostileBody.Kind.RANDOM_BYTES, type, bytes)),
                hugeStrings(), deeplyNested(),
                Arbitraries.of(MISSING).map(b -> body(HostileBody.Kind.MISSING_FIELDS, JSON_TYPE, b)));
    }

    /** Variants of one valid JSON body: truncated, with wrong types, without fields; plus the generic ones. */
    static Arbitrary<HostileBody> derived(String validJson) {
        JsonNode tree;
        try {
            tree = JSON.readTree(validJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        String compact = tree.toString();
        Arbitrary<HostileBody> truncated = Arbitraries.integers().between(1, Math.max(1, compact.length() - 1))
                .map(cut -> body(HostileBody.Kind.TRUNCATED_JSON, JSON_TYPE, compact.substring(0, cut)));
        Arbitrary<HostileBody> wrongTypes = Arbitraries.randoms().map(random ->
                body(HostileBody.Kind.WRONG_TYPES, JSON_TYPE, mutate(tree.deepCopy(), random, false).toString()));
        Arbitrary<HostileBody> missing = Arbitraries.randoms().map(random ->
                body(HostileBody.Kind.MISSING_FIELDS, JSON_TYPE, mutate(tree.deepCopy(), random, true).toString()));
        return Arbitraries.frequencyOf(Tuple.of(3, truncated), Tuple.of(3, wrongTypes), Tuple.of(2, missing),
                Tuple.of(2, generic()));
    }

    private static Arbitrary<HostileBody> hugeStrings() {
        Arbitrary<Integer> size = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(5 << 20)),
                Tuple.of(19, Arbitraries.integers().between(64 << 10, 512 << 10)));
        return Combinators.combine(size, Arbitraries.of("A", "中", "\\u00e9", "😀"),
                Arbitraries.of("message", "task_status", "status", "video_url", "id")).as((n, unit, field) ->
                        body(HostileBody.Kind.HUGE_STRING, JSON_TYPE,
                                "{\"" + field + "\":\"" + unit.repeat(n / unit.length()) + "\"}"));
    }

    private static Arbitrary<HostileBody> deeplyNested() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1001, 50_000)
                .edgeCases(c -> c.includeOnly(1001, 50_000));
        return Combinators.combine(depth, Arbitraries.of(true, false)).as((d, arrays) -> {
            String open = arrays ? "[" : "{\"output\":";
            String close = arrays ? "]" : "}";
            return body(HostileBody.Kind.DEEPLY_NESTED, JSON_TYPE, open.repeat(d) + "1" + close.repeat(d));
        });
    }

    /** Replaces (or removes) one to three values of the tree, anywhere, with values of another type. */
    static JsonNode mutate(JsonNode root, Random random, boolean remove) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return remove ? NODES.objectNode() : NODES.numberNode(42);
        }
        int changes = 1 + random.nextInt(Math.min(3, slots.size()));
        for (int i = 0; i < changes; i++) {
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (remove && slot.parent() instanceof ObjectNode object) {
                object.remove(slot.name());
            } else if (slot.parent() instanceof ObjectNode object && object.has(slot.name())) {
                object.set(slot.name(), otherType(object.get(slot.name()), random));
            } else if (slot.parent() instanceof ArrayNode array && slot.index() < array.size()) {
                array.set(slot.index(), otherType(array.get(slot.index()), random));
            }
        }
        return root;
    }

    private record Slot(JsonNode parent, String name, int index) {
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                out.add(new Slot(object, name, -1));
                collect(object.get(name), out);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i));
                collect(array.get(i), out);
            }
        }
    }

    private static JsonNode otherType(JsonNode old, Random random) {
        List<JsonNode> options = new ArrayList<>(List.of(NODES.textNode("surprise"), NODES.numberNode(-7),
                NODES.booleanNode(true), NODES.arrayNode().add(1), NODES.objectNode().put("x", 1), NODES.nullNode(),
                NODES.numberNode(1e308), NODES.textNode("")));
        options.removeIf(candidate -> candidate.getNodeType() == old.getNodeType());
        return options.get(random.nextInt(options.size()));
    }

    private static HostileBody body(HostileBody.Kind kind, String contentType, String text) {
        return new HostileBody(kind, contentType, text.getBytes(StandardCharsets.UTF_8));
    }
}
