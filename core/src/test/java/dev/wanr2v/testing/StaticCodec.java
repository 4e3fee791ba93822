package dev.wanr2v.testing;

import dev.wanr2v.ErrorCategory;
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
import java.net.URI;

/** A codec with fixed capabilities and a trivial JSON wire, for tests of validation and configuration. */
public class StaticCodec implements ProviderCodec {
    private final URI endpoint;
    private final Capabilities caps;
    private final String apiKey;

    public StaticCodec(URI endpoint, Capabilities caps, String apiKey) {
        this.endpoint = endpoint;
        this.caps = caps;
        this.apiKey = apiKey;
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
        return HttpCall.post(Operation.CREATE, "/tasks").bearer(apiKey)
                .body(RequestBody.json("{\"prompt\":\"x\"}")).build();
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        return Submission.of("task-1");
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, "/tasks/" + taskId).bearer(apiKey).build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return TaskSnapshot.builder(TaskStatus.RUNNING).build();
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        return ErrorInfo.builder(ErrorCategory.PROVIDER_ERROR).build();
    }
}
