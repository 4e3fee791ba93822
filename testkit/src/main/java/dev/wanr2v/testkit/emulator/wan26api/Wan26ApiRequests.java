package dev.wanr2v.testkit.emulator.wan26api;

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
import java.util.Optional;

/**
 * The {@code wan26_r2v} create body, read back into a neutral request, and the checks of seed 004.
 *
 * <p>Two shapes are accepted: seed 004's object form {@code {"model","input":{..},"parameters":{..}}}
 * and the gateway's array envelope {@code {"model","input":[{"params":{"input":{..},"parameters":{..}}}]}}.
 * {@code input} holds {@code prompt}, {@code reference_urls} and {@code audio_url}; {@code parameters}
 * holds {@code size}, {@code duration}, {@code prompt_extend}, {@code watermark}, {@code audio},
 * {@code shot_type}, {@code seed}. The page documents no negative prompt, so none is read. The model
 * has one tier, read as FLASH (it can be silent). Reference problems carry the model's codes
 * 001028001..001028004; others are 001028099 "task creation error".
 */
final class Wan26ApiRequests {
    static final String BAD_COUNT = "001028001";
    static final String TOO_MANY_IMAGES = "001028002";
    static final String TOO_MANY_VIDEOS = "001028003";
    static final String BAD_URL = "001028004";
    static final String CREATION_ERROR = "001028099";
    private static final JsonFields FIELDS = new JsonFields(Wan26ApiRequests::creationError);
    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private Wan26ApiRequests() {
    }

    static WireRejection creationError(String message) {
        return new WireRejection(400, CREATION_ERROR, "Task creation error: " + message);
    }

    static WireRejection reference(String code, String message) {
        return new WireRejection(400, code, message);
    }

    /**
     * The request a create body asks for.
     *
     * @param envelope {@code "object"} or {@code "array"} to take that shape only, {@code null} for either
     */
    static R2vRequest decode(byte[] body, String envelope) {
        ObjectNode root = FIELDS.parseObject(body);
        String model = FIELDS.text(root, "model").orElseThrow(() -> creationError("model is required"));
        if (!model.equals("wan26_r2v")) {
            throw creationError("unknown model " + model);
        }
        JsonNode inputNode = FIELDS.node(root, "input").orElseThrow(() -> creationError("input is required"));
        String shape = inputNode.isArray() ? "array" : "object";
        if (envelope != null && !envelope.equals(shape)) {
            throw creationError("this emulator takes the " + envelope + " envelope only, not the " + shape + " one");
        }
        JsonNode input;
        JsonNode parameters;
        if (inputNode.isArray()) {
            JsonNode params = inputNode.size() == 1 ? inputNode.get(0).path("params") : EMPTY;
            input = FIELDS.object(params, "input").orElseThrow(() -> creationError("input[0].params.input is required"));
            Optional<ObjectNode> own = FIELDS.object(params, "parameters");
            parameters = own.isPresent() ? own.get()
                    : FIELDS.object(root, "parameters").map(JsonNode.class::cast).orElse(EMPTY);
        } else {
            input = FIELDS.object(root, "input").orElseThrow();
            parameters = FIELDS.object(root, "parameters").map(JsonNode.class::cast).orElse(EMPTY);
        }
        R2vRequest.Builder b = R2vRequest.builder().tier(ModelTier.FLASH)
                .prompt(FIELDS.text(input, "prompt").orElseThrow(() -> creationError("input.prompt is required")));
        b.references(references(input));
        FIELDS.text(input, "audio_url").ifPresent(a -> b.audioGuide(MediaUrls.source(a)));
        FIELDS.size(parameters, "size").ifPresent(b::size);
        FIELDS.smallInteger(parameters, "duration", false).ifPresent(b::duration);
        FIELDS.bool(parameters, "prompt_extend").ifPresent(b::promptExtend);
        FIELDS.bool(parameters, "watermark").ifPresent(b::watermark);
        FIELDS.bool(parameters, "audio").ifPresent(b::audio);
        FIELDS.shotType(parameters, "shot_type").ifPresent(b::shotType);
        FIELDS.integer(parameters, "seed", false).ifPresent(b::seed);
        return b.build();
    }

    private static List<Reference> references(JsonNode input) {
        JsonNode urls = FIELDS.node(input, "reference_urls").filter(JsonNode::isArray).orElseThrow(() ->
                reference(BAD_COUNT, "reference_urls must be an array with 1-5 items"));
        List<Reference> refs = new ArrayList<>();
        for (JsonNode url : urls) {
            if (!url.isTextual()) {
                throw reference(BAD_URL, "Invalid reference URL format");
            }
            MediaKind kind = MediaUrls.kindOf(url.textValue()).filter(k -> k != MediaKind.AUDIO).orElse(MediaKind.IMAGE);
            refs.add(new Reference(kind, MediaUrls.source(url.textValue())));
        }
        return refs;
    }

    /** The reference problem of a readable request, if any: the model's own error codes. */
    static Optional<WireRejection> referenceProblem(R2vRequest r) {
        long images = r.references().stream().filter(x -> x.kind() == MediaKind.IMAGE).count();
        long videos = r.references().size() - images;
        if (r.references().isEmpty() || r.references().size() > 5) {
            return Optional.of(reference(BAD_COUNT, "reference_urls must be an array with 1-5 items"));
        } else if (images > 5) {
            return Optional.of(reference(TOO_MANY_IMAGES, "reference_urls can contain maximum 5 images"));
        } else if (videos > 3) {
            return Optional.of(reference(TOO_MANY_VIDEOS, "reference_urls can contain maximum 3 videos"));
        }
        for (Reference ref : r.references()) {
            String text = MediaUrls.text(ref.source());
            if (!(MediaUrls.isHttpUrl(text) || MediaUrls.isBase64DataUri(text))) {
                return Optional.of(reference(BAD_URL, "Invalid reference URL format"));
            }
        }
        return Optional.empty();
    }

    /** The other problems of a readable request. Long prompts are cut by the model, not refused. */
    static void check(R2vRequest r) {
        if (r.prompt().isEmpty()) {
            throw creationError("input.prompt must not be empty");
        }
        r.audioGuide().map(MediaUrls::text).filter(a -> !MediaUrls.isHttpUrl(a)).ifPresent(a -> {
            throw creationError("input.audio_url must be an http or https URL");
        });
        if (!r.size().isStandard()) {
            throw creationError("parameters.size " + r.size() + " is not supported");
        }
        if (r.durationSeconds() < 2 || r.durationSeconds() > 15) {
            throw creationError("parameters.duration must be between 2 and 15, got " + r.durationSeconds());
        }
        if (r.seed().isPresent() && (r.seed().getAsLong() < 0 || r.seed().getAsLong() > 2_147_483_647L)) {
            throw creationError("parameters.seed must be between 0 and 2147483647");
        }
    }
}
