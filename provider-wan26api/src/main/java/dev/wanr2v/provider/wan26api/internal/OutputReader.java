package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a task's {@code output} (the video) and {@code usage} (the cost). */
final class OutputReader {
    /** The currency of {@code usage.cost}: seed 004 says "total cost in USD". */
    static final String CURRENCY = "USD";

    private OutputReader() {
    }

    /**
     * The video of a task's output.
     *
     * @param url         its URL
     * @param seconds     its duration, if reported
     * @param jobId       the content item's {@code jobId} (seed 004's "remote task ID")
     * @param outputJobId the output item's {@code jobId}
     */
    record Video(String url, BigDecimal seconds, String jobId, String outputJobId) {
    }

    /**
     * The first item of {@code output[].content[]} whose {@code type} is {@code video} and that has a URL
     * (seed 004's shape); {@code null} if there is none.
     */
    static Video video(JsonNode output) {
        for (JsonNode item : objects(output)) {
            for (JsonNode content : objects(item.get("content"))) {
                String url = Json.text(content, "url");
                if (url != null && !url.isBlank() && "video".equals(Json.text(content, "type"))) {
                    return new Video(url, Json.decimal(content, "duration"), Json.text(content, "jobId"),
                            Json.text(item, "jobId"));
                }
            }
        }
        return null;
    }

    /**
     * The task's usage: {@code cost} (a decimal string, in USD as seed 004 says) and {@code discount} as
     * exact decimals, every scalar kept raw, and the video's duration as output seconds.
     */
    static Usage usage(JsonNode usage, BigDecimal videoSeconds) {
        Usage.Builder b = Usage.builder().outputSeconds(videoSeconds);
        if (usage != null) {
            for (Map.Entry<String, JsonNode> e : usage.properties()) {
                b.raw(e.getKey(), Json.scalar(e.getValue()));
            }
            BigDecimal cost = Json.decimal(usage, "cost");
            if (cost != null) {
                b.cost(cost).currency(CURRENCY);
            }
            b.discount(Json.decimal(usage, "discount"));
        }
        return b.build();
    }

    /** The objects of an array; none if it is no array. */
    private static List<JsonNode> objects(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isObject()) {
                    out.add(n);
                }
            });
        }
        return out;
    }
}
