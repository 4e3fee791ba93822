package dev.wanr2v.testkit.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.MediaKind;
import dev.wanr2v.ModelTier;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.ShotType;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.RequestBody;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import dev.wanr2v.spi.support.PathSegment;
import dev.wanr2v.spi.support.StatusFallback;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Acme Clips' wire (see {@link AcmeProtocol} for the API it talks to). */
public class AcmeCodec implements ProviderCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ErrorCategory> CODES = Map.of("bad_request", ErrorCategory.INVALID_REQUEST,
            "bad_key", ErrorCategory.AUTHENTICATION, "no_credit", ErrorCategory.PERMISSION,
            "unsafe_content", ErrorCategory.CONTENT_REJECTED, "slow_down", ErrorCategory.RATE_LIMITED,
            "not_cancelable", ErrorCategory.CONFLICT, "acme_broke", ErrorCategory.PROVIDER_ERROR);

    private final URI endpoint;
    private final String apiKey;

    /** A codec for a checked base URL (see {@link AcmeProvider#codec}) and a key. */
    public AcmeCodec(URI endpoint, String apiKey) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Capabilities capabilities() {
        return AcmeProvider.CAPABILITIES;
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        return post(Operation.CREATE, "/v2/clips", request);
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        JsonNode clip = clip(Operation.CREATE, reply);
        return Submission.of(text(clip, "id").orElseThrow(() -> new IllegalStateException("Acme named no clip id")))
                .withSnapshot(snapshot(clip));
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, "/v2/clips/" + PathSegment.encode(taskId)).bearer(apiKey).build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return snapshot(clip(Operation.STATUS, reply));
    }

    @Override
    public HttpCall cancelCall(String taskId) {
        return HttpCall.post(Operation.CANCEL, "/v2/clips/" + PathSegment.encode(taskId) + "/cancel").bearer(apiKey).build();
    }

    /** A cancel is accepted unless the answer holds an error (some gateways answer errors with HTTP 200). */
    @Override
    public void readCancel(String taskId, HttpReply reply) {
        if (parse(reply).map(t -> t.path("error").isObject()).orElse(false)) {
            throw new VendorErrorException(readError(Operation.CANCEL, reply));
        }
    }

    @Override
    public HttpCall costEstimateCall(PreparedRequest request) {
        return post(Operation.COST_ESTIMATE, "/v2/quotes", request);
    }

    @Override
    public CostEstimate readCostEstimate(HttpReply reply) {
        String usd = text(tree(reply).path("quote"), "usd").orElseThrow(() -> new IllegalStateException("no quote"));
        return new CostEstimate(new BigDecimal(usd), "USD", null, Map.of("usd", usd));
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        JsonNode error = parse(reply).map(t -> t.path("error")).orElse(JSON.missingNode());
        Optional<String> code = text(error, "code");
        ErrorCategory category = code.map(CODES::get)
                .orElseGet(() -> StatusFallback.categoryForTaskApi(operation, reply.status()));
        ErrorInfo.Builder b = ErrorInfo.builder(category).code(code.orElse(null))
                .message(text(error, "message").orElse(null));
        if (category == ErrorCategory.RATE_LIMITED) {
            b.createNotAccepted(true).retryable(true);
        }
        return b.build();
    }

    private HttpCall post(Operation operation, String path, PreparedRequest prepared) {
        R2vRequest r = prepared.request();
        ObjectNode body = JSON.createObjectNode().put("model", r.tier() == ModelTier.FLASH ? "acme-r2v-flash" : "acme-r2v")
                .put("prompt", r.prompt());
        r.negativePrompt().ifPresent(n -> body.put("avoid", n));
        prepared.references().forEach(m -> body.withArray("refs").addObject()
                .put("type", m.kind() == MediaKind.VIDEO ? "video" : "image").put("url", m.value()));
        prepared.audioGuide().ifPresent(a -> body.put("voice", a.value()));
        body.put("width", r.size().width()).put("height", r.size().height()).put("seconds", r.durationSeconds())
                .put("sound", r.audio()).put("shots", r.shotType() == ShotType.MULTI ? "multi" : "single")
                .put("rewrite", r.promptExtend()).put("watermark", r.watermark());
        r.seed().ifPresent(s -> body.put("seed", s));
        return HttpCall.post(operation, path).bearer(apiKey).header("Content-Type", RequestBody.JSON)
                .body(RequestBody.json(body.toString().getBytes(StandardCharsets.UTF_8))).build();
    }

    private static TaskSnapshot snapshot(JsonNode clip) {
        String state = text(clip, "state").orElse("");
        TaskStatus status = switch (state) {
            case "waiting" -> TaskStatus.QUEUED;
            case "working" -> TaskStatus.RUNNING;
            case "done" -> TaskStatus.SUCCEEDED;
            case "failed" -> TaskStatus.FAILED;
            case "canceled" -> TaskStatus.CANCELED;
            default -> TaskStatus.UNRECOGNIZED;
        };
        JsonNode percent = clip.path("percent");
        TaskSnapshot.Builder b = TaskSnapshot.builder(status).rawStatus(state)
                .progress(percent.isNumber() ? percent.asDouble() / 100 : null)
                .videoUrl(text(clip, "video_url").orElse(null));
        JsonNode error = clip.path("error");
        if (status == TaskStatus.FAILED || error.isObject()) {
            Optional<String> code = text(error, "code");
            ErrorCategory category = code.map(CODES::get).filter(c -> c == ErrorCategory.CONTENT_REJECTED
                    || c == ErrorCategory.INVALID_REQUEST).orElse(ErrorCategory.TASK_FAILED);
            b.failure(new TaskFailure(category, code.orElse(null), text(error, "message").orElse(null), List.of()));
        }
        return b.build();
    }

    /** The answer's clip; an answer with an error and no clip is that error, whatever its HTTP status. */
    private JsonNode clip(Operation operation, HttpReply reply) {
        JsonNode root = tree(reply);
        JsonNode clip = root.path("clip");
        if (!clip.isObject()) {
            if (root.path("error").isObject()) {
                throw new VendorErrorException(readError(operation, reply));
            }
            throw new IllegalStateException("Acme's answer holds no clip object");
        }
        return clip;
    }

    private static JsonNode tree(HttpReply reply) {
        return parse(reply).orElseThrow(() -> new IllegalStateException("Acme's answer is not JSON"));
    }

    private static Optional<JsonNode> parse(HttpReply reply) {
        return reply.parsed(JSON::readTree);
    }

    /** A text member; an empty or blank one counts as absent (an error with an empty message has none). */
    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? Optional.of(value.textValue())
                : Optional.empty();
    }
}
