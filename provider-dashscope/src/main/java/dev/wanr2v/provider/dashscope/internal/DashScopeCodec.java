package dev.wanr2v.provider.dashscope.internal;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskSnapshot;
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
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * DashScope's native protocol for one region, endpoint and key: create
 * ({@code POST /api/v1/services/aigc/video-generation/video-synthesis}, asynchronous), status
 * ({@code GET /api/v1/tasks/{id}}) and cancel ({@code POST /api/v1/tasks/{id}/cancel}).
 */
public final class DashScopeCodec implements ProviderCodec {
    static final String CREATE_PATH = "/api/v1/services/aigc/video-generation/video-synthesis";
    static final String TASKS_PATH = "/api/v1/tasks/";

    private final Settings settings;
    private final String apiKey;

    /** A codec for a configuration, read with {@link Settings#read}. */
    public DashScopeCodec(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.apiKey = settings.apiKey();
    }

    @Override
    public URI endpoint() {
        return settings.endpoint();
    }

    @Override
    public Capabilities capabilities() {
        return settings.region().capabilities();
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        HttpCall.Builder call = HttpCall.post(Operation.CREATE, CREATE_PATH).bearer(apiKey)
                .header("Content-Type", RequestBody.JSON).header("X-DashScope-Async", "enable");
        if (request.hasUploads()) {
            call.header("X-DashScope-OssResourceResolve", "enable");
        }
        return call.body(RequestBody.json(CreateBody.write(request))).build();
    }

    /** {@code wan2.6-r2v-flash} or {@code wan2.6-r2v}, by tier. DashScope's status answers name no model. */
    @Override
    public Optional<String> modelId(R2vRequest request) {
        return Optional.of(CreateBody.model(request.tier()));
    }

    /** DashScope's temporary storage, for local files (see {@link DashScopeUploads}). */
    @Override
    public dev.wanr2v.spi.MediaUploadCodec uploads() {
        return new DashScopeUploads(apiKey);
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        return StatusReader.readCreate(reply);
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, TASKS_PATH + PathSegment.encode(taskId)).bearer(apiKey).build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return StatusReader.readStatus(taskId, reply);
    }

    @Override
    public HttpCall cancelCall(String taskId) {
        return HttpCall.post(Operation.CANCEL, TASKS_PATH + PathSegment.encode(taskId) + "/cancel")
                .bearer(apiKey).build();
    }

    @Override
    public void readCancel(String taskId, HttpReply reply) {
        Json.body(reply).flatMap(body -> ErrorReader.inSuccess(Operation.CANCEL, reply, body))
                .ifPresent(error -> {
                    throw new VendorErrorException(error);
                });
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        return ErrorReader.read(operation, reply);
    }

    @Override
    public String toString() {
        return "DashScopeCodec[region " + settings.region().optionValue() + ", " + settings.endpoint() + "]";
    }
}
