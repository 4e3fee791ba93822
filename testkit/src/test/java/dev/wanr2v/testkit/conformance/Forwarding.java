package dev.wanr2v.testkit.conformance;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.PreparedRequest;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.Submission;
import java.net.URI;

/** Passes every call on. */
abstract class Forwarding implements ProviderCodec {
    private final ProviderCodec to;

    Forwarding(ProviderCodec to) {
        this.to = to;
    }

    @Override
    public URI endpoint() {
        return to.endpoint();
    }

    @Override
    public Capabilities capabilities() {
        return to.capabilities();
    }

    @Override
    public HttpCall createCall(PreparedRequest request) {
        return to.createCall(request);
    }

    @Override
    public Submission readCreate(HttpReply reply) {
        return to.readCreate(reply);
    }

    @Override
    public HttpCall statusCall(String taskId) {
        return to.statusCall(taskId);
    }

    @Override
    public TaskSnapshot readStatus(String taskId, HttpReply reply) {
        return to.readStatus(taskId, reply);
    }

    @Override
    public HttpCall cancelCall(String taskId) {
        return to.cancelCall(taskId);
    }

    @Override
    public void readCancel(String taskId, HttpReply reply) {
        to.readCancel(taskId, reply);
    }

    @Override
    public HttpCall costEstimateCall(PreparedRequest request) {
        return to.costEstimateCall(request);
    }

    @Override
    public CostEstimate readCostEstimate(HttpReply reply) {
        return to.readCostEstimate(reply);
    }

    @Override
    public ErrorInfo readError(Operation operation, HttpReply reply) {
        return to.readError(operation, reply);
    }
}
