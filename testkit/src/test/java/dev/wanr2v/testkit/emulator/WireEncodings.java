package dev.wanr2v.testkit.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Resolution;
import dev.wanr2v.ShotType;

/**
 * Create bodies written straight from the vendor documents, independently of the emulators' decoders,
 * so that a property can send any neutral request and check what the emulator read back.
 */
final class WireEncodings {
    private WireEncodings() {
    }

    static String dashScope(R2vRequest r) {
        ObjectNode root = Http.JSON.createObjectNode().put("model", r.tier() == ModelTier.FLASH ? "wan2.6-r2v-flash" : "wan2.6-r2v");
        ObjectNode input = root.putObject("input").put("prompt", r.prompt());
        r.negativePrompt().ifPresent(n -> input.put("negative_prompt", n));
        ArrayNode refs = input.putArray("reference_urls");
        r.references().forEach(ref -> refs.add(MediaUrls.text(ref.source())));
        r.audioGuide().ifPresent(a -> input.put("audio_url", MediaUrls.text(a)));
        parameters(root.putObject("parameters"), r);
        return root.toString();
    }

    static String uniAll(R2vRequest r) {
        String resolution = r.size().resolution().orElseThrow() == Resolution.P720 ? "720p" : "1080p";
        String model = r.tier() == ModelTier.STANDARD ? "wan2.6-r2v-" + resolution
                : "wan2.6-r2v-flash-" + resolution + (r.audio() ? "-audio" : "-silent");
        ObjectNode root = Http.JSON.createObjectNode().put("model", model).put("prompt", r.prompt());
        ArrayNode images = root.putArray("images");
        ArrayNode videos = root.putArray("videos");
        for (Reference ref : r.references()) {
            (ref.kind() == MediaKind.IMAGE ? images : videos).add(MediaUrls.text(ref.source()));
        }
        root.put("size", r.size().toString()).put("duration", r.durationSeconds());
        ObjectNode extra = root.putObject("extra_body");
        r.negativePrompt().ifPresent(n -> extra.put("negative_prompt", n));
        r.audioGuide().ifPresent(a -> extra.put("audio", MediaUrls.text(a)));
        extra.put("shot_type", r.shotType() == ShotType.MULTI ? "multi" : "single")
                .put("seed", r.seed().orElse(-1));
        if (r.promptExtendSet()) {
            extra.put("enable_prompt_expansion", r.promptExtend());
        }
        return root.toString();
    }

    static String wan26Api(R2vRequest r, boolean envelope) {
        ObjectNode input = Http.JSON.createObjectNode().put("prompt", r.prompt());
        ArrayNode refs = input.putArray("reference_urls");
        r.references().forEach(ref -> refs.add(MediaUrls.text(ref.source())));
        r.audioGuide().ifPresent(a -> input.put("audio_url", MediaUrls.text(a)));
        ObjectNode parameters = Http.JSON.createObjectNode();
        parameters(parameters, r);
        ObjectNode root = Http.JSON.createObjectNode().put("model", "wan26_r2v");
        if (envelope) {
            ObjectNode params = root.putArray("input").addObject().putObject("params");
            params.set("input", input);
            params.set("parameters", parameters);
        } else {
            root.set("input", input);
            root.set("parameters", parameters);
        }
        return root.toString();
    }

    private static void parameters(ObjectNode p, R2vRequest r) {
        p.put("size", r.size().toString()).put("duration", r.durationSeconds()).put("audio", r.audio())
                .put("shot_type", r.shotType() == ShotType.MULTI ? "multi" : "single").put("watermark", r.watermark());
        if (r.promptExtendSet()) {
            p.put("prompt_extend", r.promptExtend());
        }
        r.seed().ifPresent(s -> p.put("seed", s));
    }
}
