package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.ProviderConfig;
import dev.wanr2v.spi.Submission;
import dev.wanr2v.spi.support.PathSegment;
import java.net.URI;
import java.util.Optional;

/** The {@code wan26_r2v} wire for one configuration: base URL, API key, body envelope. Thread-safe. */
public final class Wan26ApiCodec implements ProviderCodec {
    /** The gateway's documented host. */
    public static final String DEFAULT_BASE_URL = "https://cloud.vtrix.ai";

    static final String CREATE_PATH = "/model/v1/generation";
    static final String STATUS_PATH = "/model/v1/generation/task/";
    static final String PRECHARGE_PATH = "/model/v1/generation/precharge";

    private final Settings settings;

    Wan26ApiCodec(Settings settings) {
        this.settings = settings;
    }

    /**
     * A codec for a configuration.
     *
     * @throws dev.wanr2v.ConfigurationException if the key is missing, the base URL unparseable or the
     *                                           envelope unknown
     */
    public static Wan26ApiCodec create(ProviderConfig config) {
        return new Wan26ApiCodec(Settings.read(config));
    }

    @Override
    public URI endpoint() {
        return settings.endpoint();
    }

    @Override
    public Capabilities capabilities() {
        return Wan26ApiCapabilities.CAPABILITIES;
    }

    /** {@code wan26_r2v}: the wire names one model, whatever the request. */
    @Override
    public Optional<String> modelId(R2vRequest request) {
        return Optional.of(CreateBody.MODEL);
    }

    /** {@code wan26_r2v} too, for a resumed task: the one model this API serves. */
    @Override
    public Optional<String> modelId(TaskSnapshot snapshot) {
        return Optional.of(CreateBody.MODEL);
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        return post(Operation.CREATE, CREATE_PATH, request);
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        return StatusReader.readCreate(reply);
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return HttpCall.get(Operation.STATUS, STATUS_PATH + PathSegment.encode(taskId)).bearer(settings.apiKey())
                .header("Accept", "application/json").build();
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return StatusReader.readStatus(reply);
    }

    @Override
    public HttpCall costEstimateCall(PreparedRequest request) {
        return post(Operation.COST_ESTIMATE, PRECHARGE_PATH, request);
    }

    @Override
    public CostEstimate readCostEstimate(HttpReply reply) {
        return CostEstimateReader.read(reply);
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        return ErrorReader.read(operation, reply);
    }

    private HttpCall post(Operation operation, String path, PreparedRequest request) {
        return HttpCall.post(operation, path).bearer(settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .body(CreateBody.of(request, settings.envelope())).build();
    }

    /** Endpoint and envelope; never the key. */
    @Override
    public String toString() {
        return "Wan26ApiCodec[" + settings.endpoint() + ", envelope " + settings.envelope().optionValue() + "]";
    }
}
