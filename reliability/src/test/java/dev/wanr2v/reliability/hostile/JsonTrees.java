package dev.wanr2v.reliability.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.reliability.support.Secrets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random JSON trees in the vendors' vocabulary: the field names the three protocols use, filled with
 * values of any type (status words known and unknown, URLs, numbers as strings, nulls, the API key),
 * nested a few levels. Well-formed JSON a codec must read without crashing, whatever it means.
 */
final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FIELDS = List.of("id", "task_id", "taskId", "request_id", "output", "task_status",
            "status", "raw_status", "video_url", "url", "result", "outputs", "content", "type", "error", "code",
            "message", "msg", "progress", "usage", "cost", "discount", "duration", "created_at", "end_time",
            "submit_time", "data", "object", "model", "metadata", "jobId", "policy", "upload_host", "expires_at");
    private static final List<String> WORDS = List.of("PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELED",
            "UNKNOWN", "queued", "in_progress", "completed", "failed", "pending", "processing", "WARMING_UP", "",
            "https://cdn.example.com/v.mp4?Expires=1&Signature=abc", "http://127.0.0.1:1/x", "not a url", "1.5",
            "-3", "1e999", "2025-07-27 21:05:15.212", "1773984104", "001028001", "InvalidApiKey", "Throttling",
            "DataInspectionFailed", "insufficient_quota", "\u0000", "😀", Secrets.API_KEY);

    private JsonTrees() {
    }

    /** JSON texts: an object at the top most of the time, but also arrays and scalars. */
    static Arbitrary<String> texts() {
        return Arbitraries.randoms().map(r -> (r.nextInt(10) < 8 ? object(r, 0) : value(r, 0)).toString());
    }

    private static JsonNode value(Random r, int depth) {
        int pick = r.nextInt(depth >= 4 ? 6 : 9);
        return switch (pick) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.numberNode(r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(200) - 50);
            case 3 -> NODES.numberNode(r.nextDouble() * (r.nextBoolean() ? 1 : 1e300));
            case 4, 5 -> NODES.textNode(WORDS.get(r.nextInt(WORDS.size())));
            case 6, 7 -> object(r, depth + 1);
            default -> array(r, depth + 1);
        };
    }

    private static ObjectNode object(Random r, int depth) {
        ObjectNode node = NODES.objectNode();
        for (int i = r.nextInt(7); i > 0; i--) {
            node.set(FIELDS.get(r.nextInt(FIELDS.size())), value(r, depth));
        }
        return node;
    }

    private static ArrayNode array(Random r, int depth) {
        ArrayNode node = NODES.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) {
            node.add(value(r, depth));
        }
        return node;
    }
}
