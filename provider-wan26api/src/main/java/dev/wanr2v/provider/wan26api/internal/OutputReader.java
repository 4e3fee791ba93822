package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
     * @param jobId       the content item's {@code jobId}, else the output item's
     * @param outputJobId the output item's {@code jobId}
     */
    record Video(String url, BigDecimal seconds, String jobId, String outputJobId) {
    }

    /**
     * The first item of {@code output[].content[]} whose {@code type} is {@code video} (or
     * {@code video_url}) and that has a URL; failing that, the first untyped item with a URL.
     * {@code null} if there is none.
     */
    static Video video(JsonNode output) {
        Video untyped = null;
        for (JsonNode item : objects(output)) {
            List<JsonNode> contents = objects(item.get("content"));
            for (JsonNode content : contents.isEmpty() ? List.of(item) : contents) {
                String url = Json.text(content, "url");
                if (url == null || url.isBlank()) {
                    continue;
                }
                String type = Json.text(content, "type");
                String outputJobId = Json.text(item, "jobId", "job_id");
                String jobId = Json.text(content, "jobId", "job_id");
                Video video = new Video(url, Json.decimal(content, "duration"),
                        jobId != null ? jobId : outputJobId, outputJobId);
                if (type != null && isVideo(type)) {
                    return video;
                }
                if (type == null && untyped == null) {
                    untyped = video;
                }
            }
        }
        return untyped;
    }

    /**
     * The task's usage: {@code cost} (a decimal string, USD) and {@code discount} as exact decimals,
     * every scalar kept raw, and the video's duration as output seconds.
     */
    static Usage usage(JsonNode usage, BigDecimal videoSeconds) {
        if (usage == null && videoSeconds == null) {
            return Usage.empty();
        }
        Usage.Builder b = Usage.builder().outputSeconds(videoSeconds);
        if (usage != null) {
            for (Map.Entry<String, JsonNode> e : usage.properties()) {
                b.raw(e.getKey(), Json.scalar(e.getValue()));
            }
            BigDecimal cost = Json.decimal(usage, "cost");
            if (cost != null) {
                String currency = Json.text(usage, "currency");
                b.cost(cost).currency(currency == null || currency.isBlank() ? CURRENCY : currency.strip());
            }
            b.discount(Json.decimal(usage, "discount"));
        }
        return b.build();
    }

    private static boolean isVideo(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("video") || t.equals("video_url");
    }

    /** The objects of an array, or the value itself if it is one object. */
    static List<JsonNode> objects(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isObject()) {
                    out.add(n);
                }
            });
        } else if (node != null && node.isObject()) {
            out.add(node);
        }
        return out;
    }
}
