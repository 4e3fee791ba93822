package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.RequestBody;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.support.PathSegment;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * UniAll's wire: {@code POST /v1/video/generations} creates a task, {@code GET /v1/videos/{task_id}}
 * reads it; both answer with the same task object. Bearer authentication.
 */
public final class UniAllCodec implements ProviderCodec {
    static final String CREATE_PATH = "/v1/video/generations";
    static final String STATUS_PATH = "/v1/videos/";

    private final Settings settings;
    private final ErrorReader errors;
    private final StatusReader tasks;

    private UniAllCodec(Settings settings) {
        this.settings = settings;
        this.errors = new ErrorReader();
        this.tasks = new StatusReader(errors);
    }

    /**
     * A codec for a configuration.
     *
     * @throws dev.wanr2v.ConfigurationException if the base URL or the key is missing or broken
     */
    public static UniAllCodec create(ProviderConfig config) {
        return new UniAllCodec(Settings.read(config));
    }

    @Override
    public URI endpoint() {
        return settings.endpoint();
    }

    @Override
    public Capabilities capabilities() {
        return ProviderFacts.CAPABILITIES;
    }

    @Override
    public List<Violation> check(R2vRequest request) {
        return settings.modelOverride() == null ? List.of()
                : ModelOverrideCheck.check(settings.modelOverride(), request);
    }

    /**
     * The model id sent for a request: the override, else the one derived from tier, size and audio.
     *
     * @throws java.util.NoSuchElementException for a size that is not one of the ten (validation refuses it first)
     */
    String modelFor(R2vRequest request) {
        return settings.modelOverride() != null ? settings.modelOverride()
                : UniAllModel.forRequest(request).orElseThrow().id();
    }

    /** The id {@link #modelFor} sends; status answers name theirs in {@code model} (the snapshot's attribute). */
    @Override
    public Optional<String> modelId(R2vRequest request) {
        return Optional.of(modelFor(request));
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        return HttpCall.post(Operation.CREATE, CREATE_PATH).bearer(settings.apiKey())
                .header("Accept", RequestBody.JSON)
                .body(RequestBody.json(CreateBody.write(request, modelFor(request.request())))).build();
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        return tasks.readCreate(reply);
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, STATUS_PATH + PathSegment.encode(taskId)).bearer(settings.apiKey())
                .header("Accept", RequestBody.JSON).build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return tasks.readStatus(reply);
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        return errors.read(operation, reply);
    }

    /** Its settings, the key masked. */
    @Override
    public String toString() {
        return settings.toString();
    }
}
