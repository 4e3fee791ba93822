package dev.wanr2v.testkit.emulator.uniall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Resolution;
import dev.wanr2v.VideoSize;
import dev.wanr2v.testkit.emulator.JsonFields;
import dev.wanr2v.testkit.emulator.MediaUrls;
import dev.wanr2v.testkit.emulator.WireRejection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UniAll's create body, read back into a neutral request, and the checks the gateway makes.
 *
 * <p>Body: {@code {"model","prompt","image"?,"images"?:[..],"videos"?:[..],"size","duration",
 * "extra_body":{"negative_prompt"?,"audio"?,"shot_type","enable_prompt_expansion","seed"}}}. The model id
 * carries tier, resolution and audio ({@code wan2.6-r2v-flash-720p-silent}); the generic Wan 2.6 ids
 * of the gateway's create page ({@code wan2.6-video-1080p}) read as tier STANDARD with audio. References
 * are decoded images first ({@code image}, then {@code images}), then {@code videos}. {@code duration}
 * may be a number or a numeric string (the create page types it as a string); {@code seed -1} means
 * random. Fields the docs do not show, such as a watermark switch, are ignored.
 */
final class UniAllRequests {
    private static final Pattern R2V = Pattern.compile("wan2\\.6-r2v-(720p|1080p)");
    private static final Pattern FLASH = Pattern.compile("wan2\\.6-r2v-flash-(720p|1080p)-(audio|silent)");
    private static final Pattern GENERIC = Pattern.compile("wan2\\.6-video-(720p|1080p)");
    private static final JsonFields FIELDS = new JsonFields(UniAllRequests::invalid);
    private static final JsonNode NO_EXTRA = JsonNodeFactory.instance.objectNode();

    /**
     * A decoded create body.
     *
     * @param request    the neutral request
     * @param model      the model id as sent
     * @param resolution the resolution the model id names
     * @param r2v        whether the model is a reference-to-video one (references required)
     */
    record Decoded(R2vRequest request, String model, Resolution resolution, boolean r2v) {
    }

    private UniAllRequests() {
    }

    static WireRejection invalid(String message) {
        return new WireRejection(400, "invalid_request_error", message);
    }

    static Decoded decode(byte[] body) {
        ObjectNode root = FIELDS.parseObject(body);
        String model = FIELDS.text(root, "model").orElseThrow(() -> invalid("model is required"));
        Matcher r2v = R2V.matcher(model);
        Matcher flash = FLASH.matcher(model);
        Matcher generic = GENERIC.matcher(model);
        R2vRequest.Builder b = R2vRequest.builder();
        Resolution resolution;
        if (flash.matches()) {
            b.tier(ModelTier.FLASH).audio(flash.group(2).equals("audio"));
            resolution = resolution(flash.group(1));
        } else if (r2v.matches() || generic.matches()) {
            b.tier(ModelTier.STANDARD).audio(true);
            resolution = resolution(r2v.matches() ? r2v.group(1) : generic.group(1));
        } else {
            throw new WireRejection(400, "model_not_found", "model " + model + " is not available");
        }
        b.prompt(FIELDS.text(root, "prompt").orElseThrow(() -> invalid("prompt is required")));
        List<Reference> refs = new ArrayList<>();
        FIELDS.text(root, "image").ifPresent(i -> refs.add(Reference.image(MediaUrls.source(i))));
        FIELDS.strings(root, "images").orElse(List.of()).forEach(i -> refs.add(Reference.image(MediaUrls.source(i))));
        FIELDS.strings(root, "videos").orElse(List.of()).forEach(v -> refs.add(Reference.video(MediaUrls.source(v))));
        b.references(refs);
        b.size(FIELDS.size(root, "size").orElse(VideoSize.sizesOf(resolution).get(0)));
        FIELDS.smallInteger(root, "duration", true).ifPresent(b::duration);
        JsonNode extra = FIELDS.object(root, "extra_body").map(JsonNode.class::cast).orElse(NO_EXTRA);
        b.negativePrompt(FIELDS.text(extra, "negative_prompt").orElse(null));
        FIELDS.text(extra, "audio").ifPresent(a -> b.audioGuide(MediaUrls.source(a)));
        FIELDS.shotType(extra, "shot_type").ifPresent(b::shotType);
        FIELDS.bool(extra, "enable_prompt_expansion").ifPresent(b::promptExtend);
        FIELDS.integer(extra, "seed", false).filter(s -> s != -1).ifPresent(b::seed);
        return new Decoded(b.build(), model, resolution, !generic.matches());
    }

    /** What the gateway refuses in a readable request. */
    static void check(Decoded decoded) {
        R2vRequest r = decoded.request();
        if (decoded.r2v()) {
            int count = r.references().size();
            long videos = r.references().stream().filter(x -> x.kind() == MediaKind.VIDEO).count();
            if (count < 1 || count > 5) {
                throw invalid("images and videos must hold 1 to 5 references in all, got " + count);
            }
            if (videos > 3) {
                throw invalid("videos may hold at most 3 items, got " + videos);
            }
        }
        for (Reference ref : r.references()) {
            url(ref.kind().label(), MediaUrls.text(ref.source()));
        }
        r.audioGuide().ifPresent(a -> url("extra_body.audio", MediaUrls.text(a)));
        if (!r.size().isStandard()) {
            throw invalid("size " + r.size() + " is not supported");
        }
        if (r.size().resolution().orElseThrow() != decoded.resolution()) {
            throw invalid("size " + r.size() + " is " + r.size().resolution().orElseThrow() + ", but model "
                    + decoded.model() + " is " + decoded.resolution());
        }
        if (r.durationSeconds() < 2 || r.durationSeconds() > 15) {
            throw invalid("duration must be between 2 and 15 seconds, got " + r.durationSeconds());
        }
        if (r.seed().isPresent() && (r.seed().getAsLong() < 0 || r.seed().getAsLong() > 2_147_483_647L)) {
            throw invalid("extra_body.seed must be -1 or between 0 and 2147483647");
        }
    }

    private static void url(String field, String text) {
        if (!(MediaUrls.isHttpUrl(text) || MediaUrls.isBase64DataUri(text))) {
            throw invalid(field + " is not a valid URL");
        }
    }

    private static Resolution resolution(String text) {
        return text.equals("720p") ? Resolution.P720 : Resolution.P1080;
    }


}
