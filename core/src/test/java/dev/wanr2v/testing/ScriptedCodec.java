package dev.wanr2v.testing;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.RequestBody;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.VendorErrorException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A codec for a tiny made-up vendor, to test the engine: create {@code POST /v1/tasks} answers
 * {@code {"id":..}} (optionally with a status), status {@code GET /v1/tasks/{id}} answers
 * {@code {"status":..,"progress":0..100,"url":..}}, cancel {@code POST /v1/tasks/{id}/cancel}, estimate
 * {@code POST /v1/estimate}; errors {@code {"code":..,"message":..}}. Error code {@code Busy} is
 * retryable and certainly not accepted; {@code Moderation} is content rejected; {@code Gone} expired.
 */
public final class ScriptedCodec implements ProviderCodec {
    private static final Map<String, TaskStatus> STATUSES = Map.of("QUEUED", TaskStatus.QUEUED, "RUNNING",
            TaskStatus.RUNNING, "SUCCEEDED", TaskStatus.SUCCEEDED, "FAILED", TaskStatus.FAILED, "CANCELED",
            TaskStatus.CANCELED);

    private final URI endpoint;
    private final String apiKey;
    private final Capabilities caps;

    public ScriptedCodec(URI endpoint, String apiKey) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.caps = Capabilities.builder().feature(Feature.CANCEL).feature(Feature.COST_ESTIMATE).dataUris(true)
                .pollInterval(java.time.Duration.ofSeconds(10)).build();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Capabilities capabilities() {
        return caps;
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        String refs = String.join("\",\"", request.references().stream().map(m -> m.value()).toList());
        String json = "{\"prompt\":\"" + request.request().prompt().replace("\"", "'") + "\",\"refs\":[\"" + refs
                + "\"],\"duration\":" + request.request().durationSeconds() + "}";
        return HttpCall.post(Operation.CREATE, "/v1/tasks").bearer(apiKey).body(RequestBody.json(json)).build();
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        String id = field(reply, "id").orElseThrow(() -> new IllegalStateException("the answer has no task id"));
        Submission s = Submission.of(id);
        return field(reply, "status").isPresent() ? s.withSnapshot(snapshot(reply)) : s;
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, "/v1/tasks/" + taskId).bearer(apiKey).build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return snapshot(reply);
    }

    private TaskSnapshot snapshot(HttpReply reply) {
        String raw = field(reply, "status").orElseThrow(() -> new IllegalStateException("the answer has no status"));
        TaskSnapshot.Builder b = TaskSnapshot.builder(STATUSES.getOrDefault(raw, TaskStatus.UNRECOGNIZED))
                .rawStatus(raw);
        field(reply, "progress").map(Double::parseDouble).ifPresent(p -> b.progress(p / 100));
        field(reply, "url").ifPresent(b::videoUrl);
        field(reply, "failure").ifPresent(code -> b.failure(new TaskFailure(
                code.equals("Moderation") ? ErrorCategory.CONTENT_REJECTED : ErrorCategory.TASK_FAILED, code,
                field(reply, "message").orElse(null), List.of())));
        return b.build();
    }

    @Override
    public HttpCall cancelCall(String taskId) {
        return HttpCall.post(Operation.CANCEL, "/v1/tasks/" + taskId + "/cancel").bearer(apiKey).build();
    }

    @Override
    public HttpCall costEstimateCall(PreparedRequest request) {
        return HttpCall.post(Operation.COST_ESTIMATE, "/v1/estimate").bearer(apiKey)
                .body(RequestBody.json("{}")).build();
    }

    @Override
    public CostEstimate readCostEstimate(HttpReply reply) {
        if (field(reply, "code").isPresent()) {
            throw new VendorErrorException(readError(Operation.COST_ESTIMATE, reply));
        }
        return new CostEstimate(new BigDecimal(field(reply, "cost").orElseThrow()), "USD", null, Map.of());
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        String code = field(reply, "code").orElse(null);
        ErrorCategory category = "Busy".equals(code) ? ErrorCategory.RATE_LIMITED
                : "Moderation".equals(code) ? ErrorCategory.CONTENT_REJECTED
                : "Gone".equals(code) || reply.status() == 404 ? ErrorCategory.TASK_EXPIRED
                : "NotPending".equals(code) ? ErrorCategory.CONFLICT
                : reply.status() == 401 ? ErrorCategory.AUTHENTICATION
                : reply.status() == 429 ? ErrorCategory.RATE_LIMITED
                : reply.status() >= 500 ? ErrorCategory.PROVIDER_ERROR
                : reply.status() >= 400 ? ErrorCategory.INVALID_REQUEST : ErrorCategory.UNEXPECTED_RESPONSE;
        ErrorInfo.Builder b = ErrorInfo.builder(category).code(code).message(field(reply, "message").orElse(null))
                .requestId(reply.header("x-request-id").orElse(null));
        if ("Busy".equals(code)) {
            b.retryable(true).createNotAccepted(true);
        }
        return b.build();
    }

    /** The string or number value of a top-level field, read with a regex (core has no JSON library). */
    static Optional<String> field(HttpReply reply, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\"([^\"]*)\"|([0-9.]+))").matcher(reply.bodyText());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
