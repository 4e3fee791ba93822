package dev.wanr2v.testkit.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Usage;
import dev.wanr2v.VideoSize;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.conformance.DocumentedError;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.AccountLimits;
import dev.wanr2v.testkit.emulator.JsonFields;
import dev.wanr2v.testkit.emulator.MediaUrls;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.Route;
import dev.wanr2v.testkit.emulator.TaskFacts;
import dev.wanr2v.testkit.emulator.TaskState;
import dev.wanr2v.testkit.emulator.VendorProtocol;
import dev.wanr2v.testkit.emulator.WireRejection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An emulator of Acme Clips, an imaginary vendor, written from its (imaginary) API page:
 *
 * <ul>
 * <li>{@code POST /v2/clips} with {@code {"model":"acme-r2v"|"acme-r2v-flash","prompt","avoid"?,
 * "refs":[{"type":"image"|"video","url"}],"voice"?,"width","height","seconds","sound","shots","rewrite",
 * "watermark","seed"?}} answers 202 {@code {"clip":{"id","state","percent"}}};</li>
 * <li>{@code GET /v2/clips/{id}} answers {@code {"clip":{"id","state","percent","video_url"?,"error"?}}},
 * states {@code waiting}, {@code working}, {@code done}, {@code failed}, {@code canceled}; an unknown
 * clip is 404 {@code clip_not_found};</li>
 * <li>{@code POST /v2/clips/{id}/cancel} cancels a waiting clip, else 409 {@code not_cancelable};</li>
 * <li>{@code POST /v2/quotes} with a clip body answers {@code {"quote":{"usd":"0.40"}}}: 0.04 USD a second;</li>
 * <li>errors are {@code {"error":{"code","message"}}}: 400 {@code bad_request}, 401 {@code bad_key},
 * 402 {@code no_credit}, 422 {@code unsafe_content}, 429 {@code slow_down}, 500 {@code acme_broke};</li>
 * <li>an account sends at most 10 creates and 40 other calls a second and runs 4 clips at once, the rest
 * queued.</li>
 * </ul>
 */
public final class AcmeProtocol implements VendorProtocol {
    /** The errors Acme's API page documents, and what each means (rule 5.1 of the kit checks them). */
    public static final List<DocumentedError> DOCUMENTED_ERRORS = List.of(
            DocumentedError.of(400, "bad_request", ErrorCategory.INVALID_REQUEST),
            DocumentedError.of(401, "bad_key", ErrorCategory.AUTHENTICATION),
            DocumentedError.of(402, "no_credit", ErrorCategory.PERMISSION),
            DocumentedError.of(422, "unsafe_content", ErrorCategory.CONTENT_REJECTED),
            DocumentedError.of(429, "slow_down", ErrorCategory.RATE_LIMITED),
            DocumentedError.of(500, "acme_broke", ErrorCategory.PROVIDER_ERROR));

    private static final Pattern CLIP = Pattern.compile("/v2/clips/([^/]+)");
    private static final Pattern CANCEL = Pattern.compile("/v2/clips/([^/]+)/cancel");
    private static final JsonFields FIELDS = new JsonFields(m -> new WireRejection(400, "bad_request", m));

    @Override
    public String providerId() {
        return "acme";
    }

    /** Acme's account limits: 10 creates and 40 other calls a second, 4 clips at once, the rest queued. */
    @Override
    public AccountLimits documentedLimits() {
        return AccountLimits.of(10, 40, 4);
    }

    @Override
    public Optional<Route> route(String method, String path) {
        Matcher clip = CLIP.matcher(path);
        Matcher cancel = CANCEL.matcher(path);
        if (method.equals("POST") && path.equals("/v2/clips")) {
            return Optional.of(Route.of(Operation.CREATE));
        } else if (method.equals("POST") && path.equals("/v2/quotes")) {
            return Optional.of(Route.of(Operation.COST_ESTIMATE));
        } else if (method.equals("GET") && clip.matches()) {
            return Optional.of(Route.of(Operation.STATUS, clip.group(1)));
        } else if (method.equals("POST") && cancel.matches()) {
            return Optional.of(Route.of(Operation.CANCEL, cancel.group(1)));
        }
        return Optional.empty();
    }

    @Override
    public Reply handle(Route route, Exchange exchange, EmulatorContext context) {
        if (!context.authorized(exchange)) {
            return error(401, "bad_key", "Unknown API key", context);
        }
        switch (route.operation()) {
            case CREATE -> {
                R2vRequest request = decoded(exchange);
                TaskState task = context.createTask(exchange, "clp_" + UUID.randomUUID(), request);
                return Reply.json(202, clip(task, context).toString());
            }
            case COST_ESTIMATE -> {
                return Reply.json(200, "{\"quote\":{\"usd\":\"" + usd(decoded(exchange)) + "\"}}");
            }
            case CANCEL -> {
                if (!context.cancelIfQueued(route.taskId())) {
                    return error(409, "not_cancelable", "Only waiting clips can be canceled", context);
                }
                return Reply.json(200, clip(context.task(route.taskId()).orElseThrow(), context).toString());
            }
            default -> {
                Optional<TaskState> task = context.liveTask(route.taskId());
                return task.map(t -> Reply.json(200, clip(t, context).toString()))
                        .orElseGet(() -> error(404, "clip_not_found", "No clip " + route.taskId(), context));
            }
        }
    }

    private R2vRequest decoded(Exchange exchange) {
        R2vRequest request = decodeCreate(exchange.body());
        exchange.decoded(request);
        int refs = request.references().size();
        if (refs < 1 || refs > 5 || request.prompt().isBlank()) {
            throw new WireRejection(400, "bad_request", "a clip needs a prompt and 1 to 5 refs");
        }
        return request;
    }

    private static ObjectNode clip(TaskState task, EmulatorContext context) {
        ObjectNode root = context.json().createObjectNode();
        ObjectNode clip = root.putObject("clip").put("id", task.id()).put("state", state(task))
                .put("percent", Math.round(task.progress() * 100));
        if (task.videoUrl() != null) {
            clip.put("video_url", task.videoUrl());
        }
        task.failure().ifPresent(f -> clip.putObject("error").put("code", f.code()).put("message", f.message()));
        return root;
    }

    /** Acme's quote: 0.04 USD a second. */
    private static String usd(R2vRequest request) {
        return new BigDecimal("0.04").multiply(BigDecimal.valueOf(request.durationSeconds())).toPlainString();
    }

    /** What a quote answer gives: the amount in USD, also raw. */
    @Override
    public Optional<CostEstimate> quote(R2vRequest request) {
        String usd = usd(request);
        return Optional.of(new CostEstimate(new BigDecimal(usd), "USD", null, Map.of("usd", usd)));
    }

    /** Acme's clip object states no times, prompts or usage: nothing beyond state, percent, video and error. */
    @Override
    public Optional<TaskFacts> facts(TaskState task) {
        return Optional.of(task.failure().map(f -> new TaskFacts(null, null, null, null, null, null, Usage.empty(),
                f.code(), f.message())).orElse(TaskFacts.NONE));
    }

    private static String state(TaskState task) {
        return switch (task.status()) {
            case QUEUED -> "waiting";
            case RUNNING -> "working";
            case UNRECOGNIZED -> task.unknownStatus();
            case SUCCEEDED -> "done";
            case CANCELED -> "canceled";
            case EXPIRED -> "waiting"; // a clip forgotten at once: its create answer still says it was taken
            default -> "failed";
        };
    }

    @Override
    public R2vRequest decodeCreate(byte[] body) {
        ObjectNode root = FIELDS.parseObject(body);
        String model = FIELDS.text(root, "model").orElseThrow(() -> FIELDS.reject("model is required"));
        ModelTier tier = switch (model) {
            case "acme-r2v" -> ModelTier.STANDARD;
            case "acme-r2v-flash" -> ModelTier.FLASH;
            default -> throw FIELDS.reject("unknown model " + model);
        };
        R2vRequest.Builder b = R2vRequest.builder().tier(tier).prompt(FIELDS.text(root, "prompt").orElse(""))
                .negativePrompt(FIELDS.text(root, "avoid").orElse(null));
        List<Reference> refs = new ArrayList<>();
        JsonNode list = FIELDS.node(root, "refs").orElse(JsonNodeFactory.instance.arrayNode());
        if (!list.isArray()) {
            throw FIELDS.reject("refs must be an array");
        }
        for (JsonNode ref : list) {
            String type = FIELDS.text(ref, "type").orElse("image");
            String url = FIELDS.text(ref, "url").filter(MediaUrls::isHttpUrl)
                    .orElseThrow(() -> FIELDS.reject("every ref needs an http(s) url"));
            refs.add(new Reference(type.equals("video") ? MediaKind.VIDEO : MediaKind.IMAGE, MediaUrls.source(url)));
        }
        b.references(refs);
        FIELDS.text(root, "voice").ifPresent(v -> b.audioGuide(MediaUrls.source(v)));
        Optional<Integer> width = FIELDS.smallInteger(root, "width", false);
        Optional<Integer> height = FIELDS.smallInteger(root, "height", false);
        if (width.isPresent() && height.isPresent()) {
            b.size(new VideoSize(width.get(), height.get()));
        }
        FIELDS.smallInteger(root, "seconds", false).ifPresent(b::duration);
        FIELDS.bool(root, "sound").ifPresent(b::audio);
        FIELDS.shotType(root, "shots").ifPresent(b::shotType);
        FIELDS.bool(root, "rewrite").ifPresent(b::promptExtend);
        FIELDS.bool(root, "watermark").ifPresent(b::watermark);
        FIELDS.integer(root, "seed", false).ifPresent(b::seed);
        return b.build();
    }

    @Override
    public Reply error(int status, String code, String message, EmulatorContext context) {
        String usual = switch (status) {
            case 400 -> "bad_request";
            case 401 -> "bad_key";
            case 402 -> "no_credit";
            case 404 -> "not_found";
            case 409 -> "not_cancelable";
            case 422 -> "unsafe_content";
            case 429 -> "slow_down";
            default -> "acme_broke";
        };
        ObjectNode body = context.json().createObjectNode();
        body.putObject("error").put("code", code != null ? code : usual)
                .put("message", message != null ? message : "Acme says no (" + status + ")");
        return Reply.json(status, body.toString());
    }
}
