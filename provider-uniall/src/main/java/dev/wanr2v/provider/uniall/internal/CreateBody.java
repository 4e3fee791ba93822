package dev.wanr2v.provider.uniall.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The create body, as UniAll's R2V examples show it:
 * {@code {"model","prompt","images"?,"videos"?,"size","duration",
 * "extra_body":{"negative_prompt"?,"audio"?,"shot_type","enable_prompt_expansion","seed"}}}.
 * Images and videos travel in separate arrays, so the request must list every image before every video
 * (validation enforces it: rule R2V-REF-ORDER).
 */
final class CreateBody {
    /** UniAll's examples send seed -1 for a random seed. */
    static final long RANDOM_SEED = -1;

    private CreateBody() {
    }

    static byte[] write(PreparedRequest prepared, String model) {
        R2vRequest r = prepared.request();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("model", model);
        root.put("prompt", r.prompt());
        urls(root, "images", prepared.images());
        urls(root, "videos", prepared.videos());
        root.put("size", r.size().toString());
        root.put("duration", r.durationSeconds());
        ObjectNode extra = root.putObject("extra_body");
        r.negativePrompt().ifPresent(n -> extra.put("negative_prompt", n));
        prepared.audioGuide().ifPresent(a -> extra.put("audio", a.value()));
        extra.put("shot_type", r.shotType() == ShotType.MULTI ? "multi" : "single");
        extra.put("enable_prompt_expansion", r.promptExtend());
        extra.put("seed", r.seed().orElse(RANDOM_SEED));
        try {
            return Json.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void urls(ObjectNode root, String field, List<PreparedMedia> media) {
        if (!media.isEmpty()) {
            ArrayNode array = root.putArray(field);
            media.forEach(m -> array.add(m.value()));
        }
    }
}
