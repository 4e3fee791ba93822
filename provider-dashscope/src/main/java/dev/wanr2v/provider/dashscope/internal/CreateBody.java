package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import java.io.UncheckedIOException;

/**
 * The JSON body of DashScope's create call:
 * <pre>{@code
 * {"model": "wan2.6-r2v-flash",
 *  "input": {"prompt", "negative_prompt"?, "reference_urls": [...], "audio_url"?},
 *  "parameters": {"size": "1280*720", "duration", "audio"?, "shot_type", "watermark", "prompt_extend"?, "seed"?}}
 * }</pre>
 *
 * <p>Never writes {@code null}; optional fields are left out when unset. {@code reference_urls} keeps the
 * request's order ({@code character1} is the first). {@code parameters.audio} is sent only for the
 * FLASH tier: DashScope documents it for {@code wan2.6-r2v-flash} alone, and a STANDARD clip always has
 * audio (validation refuses silent STANDARD requests), so leaving it out keeps the body to documented
 * fields without changing the result. {@code parameters.prompt_extend} is sent only when the caller set
 * it ({@link R2vRequest#promptExtendSet()}): Alibaba's wan2.6 R2V table does not list it, and its own SDK
 * and the Vercel AI SDK send it only when asked, so DashScope's default applies otherwise.
 */
public final class CreateBody {
    /** The model id of the FLASH tier. */
    public static final String FLASH_MODEL = "wan2.6-r2v-flash";
    /** The model id of the STANDARD tier. */
    public static final String STANDARD_MODEL = "wan2.6-r2v";

    private CreateBody() {
    }

    /** The model id of a tier. */
    public static String model(ModelTier tier) {
        return tier == ModelTier.FLASH ? FLASH_MODEL : STANDARD_MODEL;
    }

    /** The body as UTF-8 JSON bytes. */
    public static byte[] write(PreparedRequest prepared) {
        try {
            return Json.MAPPER.writeValueAsBytes(tree(prepared));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the DashScope create body", e);
        }
    }

    /** The body as a JSON tree. */
    public static ObjectNode tree(PreparedRequest prepared) {
        R2vRequest r = prepared.request();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("model", model(r.tier()));

        ObjectNode input = root.putObject("input");
        input.put("prompt", r.prompt());
        r.negativePrompt().ifPresent(n -> input.put("negative_prompt", n));
        ArrayNode urls = input.putArray("reference_urls");
        prepared.references().forEach(m -> urls.add(m.value()));
        prepared.audioGuide().map(PreparedMedia::value).ifPresent(a -> input.put("audio_url", a));

        ObjectNode parameters = root.putObject("parameters");
        parameters.put("size", r.size().toString());
        parameters.put("duration", r.durationSeconds());
        if (r.tier() == ModelTier.FLASH) {
            parameters.put("audio", r.audio());
        }
        parameters.put("shot_type", r.shotType() == ShotType.MULTI ? "multi" : "single");
        parameters.put("watermark", r.watermark());
        if (r.promptExtendSet()) {
            parameters.put("prompt_extend", r.promptExtend());
        }
        r.seed().ifPresent(s -> parameters.put("seed", s));
        return root;
    }
}
