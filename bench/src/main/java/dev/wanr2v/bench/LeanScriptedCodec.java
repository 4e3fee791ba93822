package dev.wanr2v.bench;

import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedMedia;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.RequestBody;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.testing.ScriptedCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The scripted test vendor's protocol written the way real provider codecs are: a create body of
 * URL references built in memory (sent with a fixed length), answers scanned once without regular
 * expressions. Puts the same bytes on the wire as {@link ScriptedCodec}; anything beyond URLs, and
 * errors, are left to it. Lets the per-call benchmark tell the engine's cost from the test codec's.
 */
final class LeanScriptedCodec implements ProviderCodec {
    private static final Map<String, TaskStatus> STATUSES = Map.of("QUEUED", TaskStatus.QUEUED, "RUNNING",
            TaskStatus.RUNNING, "SUCCEEDED", TaskStatus.SUCCEEDED, "FAILED", TaskStatus.FAILED, "CANCELED",
            TaskStatus.CANCELED);

    private final ScriptedCodec scripted;
    private final String apiKey;

    LeanScriptedCodec(URI endpoint, String apiKey) {
        this.scripted = new ScriptedCodec(endpoint, apiKey);
        this.apiKey = apiKey;
    }

    @Override
    public URI endpoint() {
        return scripted.endpoint();
    }

    @Override
    public Capabilities capabilities() {
        return scripted.capabilities();
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        if (request.hasUploads() || request.references().stream().anyMatch(PreparedMedia::isStreamed)) {
            return scripted.createCall(request);
        }
        StringBuilder body = new StringBuilder(256).append("{\"prompt\":\"")
                .append(request.request().prompt().replace('"', '\'')).append("\",\"refs\":[");
        for (int i = 0; i < request.references().size(); i++) {
            body.append(i == 0 ? "\"" : ",\"").append(request.references().get(i).value()).append('"');
        }
        body.append("],\"duration\":").append(request.request().durationSeconds()).append('}');
        return HttpCall.post(Operation.CREATE, "/v1/tasks").bearer(apiKey)
                .body(RequestBody.json(body.toString().getBytes(StandardCharsets.UTF_8))).build();
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        String text = reply.bodyText();
        String id = JsonScan.field(text, "id");
        if (id == null) {
            throw new IllegalStateException("the answer has no task id");
        }
        return JsonScan.field(text, "status") == null ? Submission.of(id)
                : Submission.of(id).withSnapshot(scripted.readStatus(id, reply));
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, "/v1/tasks/" + taskId).bearer(apiKey).build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        String text = reply.bodyText();
        String raw = JsonScan.field(text, "status");
        if (raw == null || JsonScan.field(text, "failure") != null) {
            return scripted.readStatus(taskId, reply);
        }
        TaskSnapshot.Builder b = TaskSnapshot.builder(STATUSES.getOrDefault(raw, TaskStatus.UNRECOGNIZED))
                .rawStatus(raw);
        String progress = JsonScan.field(text, "progress");
        if (progress != null) {
            b.progress(Double.parseDouble(progress) / 100);
        }
        String url = JsonScan.field(text, "url");
        if (url != null) {
            b.videoUrl(url);
        }
        return b.build();
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        return scripted.readError(operation, reply);
    }
}
