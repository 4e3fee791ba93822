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
    private final java.util.concurrent.atomic.AtomicInteger modelAsks = new java.util.concurrent.atomic.AtomicInteger();

    public ScriptedCodec(URI endpoint, String apiKey) {
        this(endpoint, apiKey, dev.wanr2v.spi.LocalMediaRoute.NONE);
    }

    public ScriptedCodec(URI endpoint, String apiKey, dev.wanr2v.spi.LocalMediaRoute localMedia) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.caps = Capabilities.builder().feature(Feature.CANCEL).feature(Feature.COST_ESTIMATE).dataUris(true)
                .localMedia(localMedia).pollInterval(java.time.Duration.ofSeconds(10)).build();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Capabilities capabilities() {
        return caps;
    }

    /**
     * {@code {"prompt":..,"refs":[..],"duration":..}}: in memory when every media value is, else streamed
     * from the media's readers (streamed data URIs too), as real providers do.
     */
    @Override
    public HttpCall createCall(PreparedRequest request) {
        String head = "{\"prompt\":\"" + request.request().prompt().replace("\"", "'") + "\",\"refs\":[";
        String tail = "],\"duration\":" + request.request().durationSeconds() + "}";
        boolean streamed = request.references().stream().anyMatch(dev.wanr2v.spi.PreparedMedia::isStreamed);
        RequestBody body;
        if (streamed) {
            body = RequestBody.streamed(RequestBody.JSON, out -> {
                java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                w.write(head);
                for (int i = 0; i < request.references().size(); i++) {
                    w.write(i == 0 ? "\"" : ",\"");
                    try (java.io.Reader r = request.references().get(i).openReader()) {
                        r.transferTo(w);
                    }
                    w.write("\"");
                }
                w.write(tail);
                w.flush();
            });
        } else {
            StringBuilder json = new StringBuilder(head);
            for (int i = 0; i < request.references().size(); i++) {
                json.append(i == 0 ? "\"" : ",\"").append(request.references().get(i).value()).append('"');
            }
            body = RequestBody.json(json.append(tail).toString());
        }
        HttpCall.Builder call = HttpCall.post(Operation.CREATE, "/v1/tasks").bearer(apiKey).body(body);
        if (request.hasUploads()) {
            call.header("X-Resolve-Uploads", "enable");
        }
        return call.build();
    }

    /** Uploads: a grant from {@code GET /v1/uploads/grant}, then a multipart POST to {@code /store}. */
    @Override
    public dev.wanr2v.spi.MediaUploadCodec uploads() {
        return new dev.wanr2v.spi.MediaUploadCodec() {
            @Override
            public HttpCall grantCall(dev.wanr2v.R2vRequest request) {
                return HttpCall.get(Operation.UPLOAD, "/v1/uploads/grant").bearer(apiKey).build();
            }

            @Override
            public dev.wanr2v.spi.UploadGrant readGrant(HttpReply reply) {
                return new dev.wanr2v.spi.UploadGrant(Map.of("dir", field(reply, "dir").orElseThrow(),
                        "signature", field(reply, "signature").orElseThrow()));
            }

            @Override
            public HttpCall uploadCall(dev.wanr2v.spi.UploadGrant grant, dev.wanr2v.LocalMedia media) {
                return HttpCall.post(Operation.UPLOAD, endpoint + "/store")
                        .body(dev.wanr2v.spi.Multipart.builder().field("key", grant.require("dir") + "/"
                                + media.fileName()).field("signature", grant.require("signature"))
                                .file("file", media).build()).build();
            }

            @Override
            public String readUpload(dev.wanr2v.spi.UploadGrant grant, dev.wanr2v.LocalMedia media, HttpReply reply) {
                return "store://" + grant.require("dir") + "/" + media.fileName();
            }
        };
    }

    /** {@code scripted-flash} or {@code scripted-standard}; each ask is counted. */
    @Override
    public java.util.Optional<String> modelId(dev.wanr2v.R2vRequest request) {
        modelAsks.incrementAndGet();
        return java.util.Optional.of("scripted-" + request.tier().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** How often the engine asked for a request's model. */
    public int modelAsks() {
        return modelAsks.get();
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
        field(reply, "model").ifPresent(m -> b.attribute("model", m));
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

    private static final Map<String, Pattern> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The string or number value of a top-level field, read with a regex (core has no JSON library). */
    static Optional<String> field(HttpReply reply, String name) {
        Matcher m = FIELDS.computeIfAbsent(name,
                n -> Pattern.compile("\"" + n + "\"\\s*:\\s*(?:\"([^\"]*)\"|([0-9.]+))")).matcher(reply.bodyText());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
