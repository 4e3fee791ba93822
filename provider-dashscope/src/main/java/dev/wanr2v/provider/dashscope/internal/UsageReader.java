package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.Usage;
import java.util.Map;

/**
 * Reads a status answer's {@code usage}: {@code duration}, {@code input_video_duration},
 * {@code output_video_duration}, {@code video_count}, {@code SR}, {@code ratio}, {@code size},
 * {@code audio}, {@code shot_type}, all optional. Every field the vendor sent, known or not, is kept
 * in {@link Usage#raw()} under its own name.
 *
 * <p>Output seconds are {@code output_video_duration} only: {@code duration} counts billed input seconds
 * too, and no DashScope document shows an answer that gives it without {@code output_video_duration}, so
 * it is left to {@code raw()}.
 */
public final class UsageReader {
    private UsageReader() {
    }

    /**
     * The usage an answer's {@code usage} member states, as {@link Json#object} reads it: {@link Usage#empty()}
     * when it is missing, empty or no object.
     */
    public static Usage read(JsonNode usage) {
        Usage.Builder b = Usage.builder();
        for (Map.Entry<String, JsonNode> field : usage.properties()) {
            b.raw(field.getKey(), Json.raw(field.getValue()));
        }
        return b.outputSeconds(Json.quantity(usage, "output_video_duration"))
                .inputVideoSeconds(Json.quantity(usage, "input_video_duration"))
                .videoCount(Json.integer(usage, "video_count"))
                .resolution(Json.integer(usage, "SR"))
                .ratio(Json.text(usage, "ratio"))
                .build();
    }
}
