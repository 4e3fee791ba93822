package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.Usage;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads a status answer's {@code usage}: {@code duration}, {@code input_video_duration},
 * {@code output_video_duration}, {@code video_count}, {@code SR}, {@code ratio}, {@code size},
 * {@code audio}, {@code shot_type}, all optional. Every field the vendor sent, known or not, is kept
 * in {@link Usage#raw()} under its own name.
 *
 * <p>Output seconds are {@code output_video_duration}; when that is absent, {@code duration} is taken
 * instead, but only if no {@code input_video_duration} is reported (then {@code duration} may include
 * billed input seconds and is left to {@code raw()}).
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
        BigDecimal output = Json.quantity(usage, "output_video_duration");
        if (output == null && usage.get("input_video_duration") == null) {
            output = Json.quantity(usage, "duration");
        }
        return b.outputSeconds(output)
                .inputVideoSeconds(Json.quantity(usage, "input_video_duration"))
                .videoCount(Json.integer(usage, "video_count"))
                .resolution(Json.integer(usage, "SR"))
                .ratio(Json.text(usage, "ratio"))
                .build();
    }
}
