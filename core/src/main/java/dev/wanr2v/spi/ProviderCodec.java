package dev.wanr2v.spi;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Violation;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One provider's wire format and error codes, for one configuration: neutral requests in, HTTP
 * request descriptions out; HTTP answers in, neutral snapshots and errors out.
 *
 * <p>A codec is pure: it never opens a socket, sleeps, retries, polls or logs secrets. The engine
 * sends what it describes and decides about retries, deadlines and billing safety, the same way for
 * every provider. Codecs must be thread-safe (one instance serves every call of a client).
 *
 * <p>Calling convention: the engine passes answers with a 2xx status to the {@code read…} method of
 * the call, and every other answer to {@link #readError}. A {@code read…} method may throw
 * {@link VendorErrorException} when a 2xx answer carries an error. Any other exception from a
 * {@code read…} method is reported to the user as an unexpected response, never as a bare
 * {@code NullPointerException}; codecs should still read leniently: unknown fields ignored, missing
 * optional fields fine, unknown status strings mapped to {@link dev.wanr2v.TaskStatus#UNRECOGNIZED}.
 */
public interface ProviderCodec {

    /** The base URL every path-only {@link HttpCall} is resolved against; recorded in task handles. */
    URI endpoint();

    /** What this configuration can do; validation enforces it. */
    Capabilities capabilities();

    /**
     * Provider-specific rules beyond what {@link Capabilities} can say (e.g. an explicit model id that
     * contradicts the size). Core rules and capabilities are already checked; return only extra
     * violations, with rule ids prefixed by the provider id.
     */
    default List<Violation> check(R2vRequest request) {
        return List.of();
    }

    /**
     * The vendor's model id that the create call for this request names, e.g. {@code wan2.6-r2v-flash}: what
     * observers report as {@code gen_ai.request.model} ({@link dev.wanr2v.observation.R2vObserver}). Pure, like
     * every codec method; asked only when an observer is set. Default: none (observations say
     * {@code unknown}).
     */
    default Optional<String> modelId(R2vRequest request) {
        return Optional.empty();
    }

    /**
     * The vendor's model id as a status answer names it: how the status calls of a task this client did not
     * submit (resumed from a token, whose request is unknown) learn it. Default: the snapshot's {@code model}
     * attribute ({@link TaskSnapshot#attributes()}), where a codec that reads the vendor's {@code model} field
     * keeps it; empty when the vendor's status answer names none.
     */
    default Optional<String> modelId(TaskSnapshot snapshot) {
        return Optional.ofNullable(snapshot.attributes().get("model")).filter(m -> !m.isBlank());
    }

    /** The create call for a validated, prepared request. */
    HttpCall createCall(PreparedRequest request);

    /** Reads a 2xx answer to the create call. */
    Submission readCreate(HttpReply reply);

    /** The status call for a task. */
    HttpCall statusCall(String taskId);

    /** Reads a 2xx answer to the status call. */
    TaskSnapshot readStatus(String taskId, HttpReply reply);

    /**
     * The cancel call, for providers declaring {@link Feature#CANCEL}.
     *
     * @throws UnsupportedOperationException if cancel is not declared
     */
    default HttpCall cancelCall(String taskId) {
        throw new UnsupportedOperationException("this provider does not declare Feature.CANCEL");
    }

    /** Reads a 2xx answer to the cancel call; throw {@link VendorErrorException} if it is a refusal. */
    default void readCancel(String taskId, HttpReply reply) {
        // a 2xx answer means the cancel was accepted
    }

    /**
     * The cost estimate call, for providers declaring {@link Feature#COST_ESTIMATE}.
     *
     * @throws UnsupportedOperationException if cost estimates are not declared
     */
    default HttpCall costEstimateCall(PreparedRequest request) {
        throw new UnsupportedOperationException("this provider does not declare Feature.COST_ESTIMATE");
    }

    /** Reads a 2xx answer to the cost estimate call. */
    default CostEstimate readCostEstimate(HttpReply reply) {
        throw new UnsupportedOperationException("this provider does not declare Feature.COST_ESTIMATE");
    }

    /**
     * The vendor's upload flow, for providers declaring {@link LocalMediaRoute#PROVIDER_UPLOAD}.
     *
     * @throws UnsupportedOperationException if the provider has none
     */
    default MediaUploadCodec uploads() {
        throw new UnsupportedOperationException("this provider does not declare LocalMediaRoute.PROVIDER_UPLOAD");
    }

    /**
     * Reads an answer with a non-2xx status to any call. Must not throw: fall back on the HTTP status
     * when the body is not the vendor's error shape. A status call answered "no such task" maps to
     * {@link dev.wanr2v.ErrorCategory#TASK_EXPIRED}.
     */
    ErrorInfo readError(Operation operation, HttpReply reply);
}
