package dev.wanr2v.internal.engine;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.ProviderInfo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.spi.Capabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The engine's client. Network operations arrive with the Engine issue. */
public final class DefaultR2vClient implements R2vClient {
    private final ClientSettings settings;
    private final RequestValidator validator;

    public DefaultR2vClient(ClientSettings settings) {
        this.settings = settings;
        this.validator = new RequestValidator(settings.codec().capabilities(),
                RequestValidator.label(settings.provider().id(), settings.codec().capabilities()), false);
    }

    @Override
    public ProviderInfo provider() {
        return settings.provider();
    }

    @Override
    public Capabilities capabilities() {
        return settings.codec().capabilities();
    }

    @Override
    public List<Violation> validate(R2vRequest request) {
        List<Violation> all = new ArrayList<>(validator.validate(request));
        all.addAll(settings.codec().check(request));
        return all;
    }

    void requireValid(R2vRequest request) {
        List<Violation> violations = validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations, ErrorDetails.of(settings.provider().id()));
        }
    }

    private static UnsupportedOperationException engineMissing(String what) {
        return new UnsupportedOperationException(what + " needs the HTTP engine, which is not implemented yet"
                + " (issue 'Engine')");
    }

    @Override
    public RequestPreview preview(R2vRequest request) {
        throw engineMissing("preview");
    }

    @Override
    public TaskHandle submit(R2vRequest request) {
        requireValid(request);
        throw engineMissing("submit");
    }

    @Override
    public CompletableFuture<TaskHandle> submitAsync(R2vRequest request) {
        throw engineMissing("submitAsync");
    }

    @Override
    public TaskSnapshot status(TaskHandle handle) {
        throw engineMissing("status");
    }

    @Override
    public CompletableFuture<TaskSnapshot> statusAsync(TaskHandle handle) {
        throw engineMissing("statusAsync");
    }

    @Override
    public GeneratedVideo await(TaskHandle handle) {
        throw engineMissing("await");
    }

    @Override
    public GeneratedVideo await(TaskHandle handle, AwaitOptions options) {
        throw engineMissing("await");
    }

    @Override
    public CompletableFuture<GeneratedVideo> awaitAsync(TaskHandle handle, AwaitOptions options) {
        throw engineMissing("awaitAsync");
    }

    @Override
    public GeneratedVideo generate(R2vRequest request) {
        throw engineMissing("generate");
    }

    @Override
    public GeneratedVideo generate(R2vRequest request, AwaitOptions options) {
        throw engineMissing("generate");
    }

    @Override
    public CompletableFuture<GeneratedVideo> generateAsync(R2vRequest request, AwaitOptions options) {
        throw engineMissing("generateAsync");
    }

    @Override
    public void cancel(TaskHandle handle) {
        throw engineMissing("cancel");
    }

    @Override
    public CompletableFuture<Void> cancelAsync(TaskHandle handle) {
        throw engineMissing("cancelAsync");
    }

    @Override
    public CostEstimate estimateCost(R2vRequest request) {
        throw engineMissing("estimateCost");
    }

    @Override
    public CompletableFuture<CostEstimate> estimateCostAsync(R2vRequest request) {
        throw engineMissing("estimateCostAsync");
    }

    @Override
    public void close() {
        // nothing held yet
    }
}
