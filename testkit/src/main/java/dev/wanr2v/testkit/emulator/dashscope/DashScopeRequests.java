package dev.wanr2v.testkit.emulator.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.testkit.emulator.JsonFields;
import dev.wanr2v.testkit.emulator.MediaUrls;
import dev.wanr2v.testkit.emulator.WireRejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DashScope's create body, read back into a neutral request, and the checks DashScope makes.
 *
 * <p>Body: {@code {"model","input":{"prompt","negative_prompt"?,"reference_urls":[..],"audio_url"?},
 * "parameters":{"size","duration","audio","shot_type","watermark","seed"?,"prompt_extend"}}}. The
 * older {@code input.reference_video_urls} is accepted too (videos, after {@code reference_urls}).
 * The kind of each reference is told by its data URI type or its extension; a URL that tells
 * neither counts as an image. {@code parameters} may be left out (every default applies).
 */
final class DashScopeRequests {
    private static final JsonFields FIELDS = new JsonFields(DashScopeRequests::invalid);
    private static final JsonNode NO_PARAMETERS = JsonNodeFactory.instance.objectNode();

    private DashScopeRequests() {
    }

    static WireRejection invalid(String message) {
        return new WireRejection(400, "InvalidParameter", message);
    }

    static R2vRequest decode(byte[] body) {
        ObjectNode root = FIELDS.parseObject(body);
        String model = FIELDS.text(root, "model").filter(m -> !m.isEmpty())
                .orElseThrow(() -> new WireRejection(400, "BadRequest.EmptyModel", "Model can not be empty."));
        ModelTier tier = switch (model) {
            case "wan2.6-r2v" -> ModelTier.STANDARD;
            case "wan2.6-r2v-flash" -> ModelTier.FLASH;
            default -> throw invalid("Model not exist.");
        };
        ObjectNode input = FIELDS.object(root, "input")
                .orElseThrow(() -> new WireRejection(400, "BadRequest.EmptyInput", "Required input can not be empty."));
        String prompt = FIELDS.text(input, "prompt").orElseThrow(() -> invalid("Field required: input.prompt"));
        R2vRequest.Builder b = R2vRequest.builder().tier(tier).prompt(prompt)
                .negativePrompt(FIELDS.text(input, "negative_prompt").orElse(null));
        List<Reference> refs = new ArrayList<>();
        for (String url : FIELDS.strings(input, "reference_urls").orElse(List.of())) {
            MediaKind kind = MediaUrls.kindOf(url).filter(k -> k != MediaKind.AUDIO).orElse(MediaKind.IMAGE);
            refs.add(new Reference(kind, MediaUrls.source(url)));
        }
        for (String url : FIELDS.strings(input, "reference_video_urls").orElse(List.of())) {
            refs.add(Reference.video(MediaUrls.source(url)));
        }
        b.references(refs);
        FIELDS.text(input, "audio_url").ifPresent(a -> b.audioGuide(MediaUrls.source(a)));
        JsonNode parameters = FIELDS.object(root, "parameters").map(JsonNode.class::cast).orElse(NO_PARAMETERS);
        FIELDS.size(parameters, "size").ifPresent(b::size);
        FIELDS.smallInteger(parameters, "duration", false).ifPresent(b::duration);
        FIELDS.bool(parameters, "audio").ifPresent(b::audio);
        FIELDS.shotType(parameters, "shot_type").ifPresent(b::shotType);
        FIELDS.bool(parameters, "watermark").ifPresent(b::watermark);
        FIELDS.integer(parameters, "seed", false).ifPresent(b::seed);
        FIELDS.bool(parameters, "prompt_extend").ifPresent(b::promptExtend);
        return b.build();
    }

    /** What DashScope refuses in a readable request. Long prompts are not refused: DashScope cuts them. */
    static void check(R2vRequest r) {
        if (r.prompt().isEmpty()) {
            throw invalid("input.prompt must not be empty");
        }
        int count = r.references().size();
        if (count < 1 || count > 5) {
            throw invalid("input.reference_urls must hold 1 to 5 items, got " + count);
        }
        long videos = r.references().stream().filter(x -> x.kind() == MediaKind.VIDEO).count();
        if (videos > 3) {
            throw invalid("input.reference_urls holds " + videos + " videos; at most 3 are allowed");
        }
        for (int i = 0; i < count; i++) {
            url("input.reference_urls[" + i + "]", MediaUrls.text(r.references().get(i).source()));
        }
        if (r.audioGuide().isPresent()) {
            String audio = MediaUrls.text(r.audioGuide().get());
            url("input.audio_url", audio);
            if (MediaUrls.kindOf(audio).filter(k -> k != MediaKind.AUDIO).isPresent()) {
                throw invalid("input.audio_url must be a wav or mp3 file");
            }
        }
        if (!r.size().isStandard()) {
            throw invalid("parameters.size " + r.size() + " is not supported");
        }
        if (r.durationSeconds() < 2 || r.durationSeconds() > 10) {
            throw invalid("parameters.duration must be between 2 and 10, got " + r.durationSeconds());
        }
        if (r.seed().isPresent() && (r.seed().getAsLong() < 0 || r.seed().getAsLong() > 2_147_483_647L)) {
            throw invalid("parameters.seed must be between 0 and 2147483647");
        }
    }

    private static void url(String field, String text) {
        boolean oss = text.toLowerCase(Locale.ROOT).startsWith("oss://");
        if (!(MediaUrls.isHttpUrl(text) || MediaUrls.isBase64DataUri(text) || oss)) {
            throw new WireRejection(400, "InvalidURL", "The provided URL is invalid: " + field);
        }
    }


}
