package dev.wanr2v.temporal.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.temporal.GenerationFailure;
import dev.wanr2v.temporal.MediaResolver;
import dev.wanr2v.temporal.RequestInput;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CreateActivity} through an {@link R2vClient}. Its failures tell the workflow whether a task may exist:
 * {@code SUBMIT_OUTCOME_UNKNOWN} when it may; any other typed failure when it certainly does not (nothing was sent,
 * or the vendor refused), retryable where the library says so.
 */
public final class CreateActivityImpl implements CreateActivity {
    private static final Logger LOG = LoggerFactory.getLogger(CreateActivityImpl.class);

    private final R2vClient client;
    private final MediaResolver resolver;

    /**
     * @param client   sends the create
     * @param resolver reads object references
     */
    public CreateActivityImpl(R2vClient client, MediaResolver resolver) {
        this.client = Objects.requireNonNull(client, "client");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public Created create(RequestInput input) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        R2vRequest request = request(input);
        Instant sentAt = Instant.now();
        // reaches Temporal before the create leaves if the worker lives that long: a worker that dies mid-create
        // is then reported with the time it began
        Waits.heartbeat(context, sentAt);
        TaskHandle handle;
        try {
            handle = Waits.await(client.submitAsync(request), context, sentAt);
        } catch (SubmitOutcomeUnknownException e) {
            throw ActivityFailures.of(e);
        } catch (R2vException e) {
            throw ActivityFailures.of(GenerationFailure.of(e), false, null);
        }
        if (!Waits.heartbeat(context, sentAt)) {
            // Temporal already gave up on this attempt (timed out): the workflow ends as of unknown outcome, and
            // this token is the only trace of the task; say it where an operator will look
            LOG.warn("workflow {}: the create of {} returned after Temporal gave up on it; the task exists: token {}",
                    context.getInfo().getWorkflowId(), handle, handle.toToken());
        }
        return new Created(handle.toToken(), client.capabilities().pollInterval());
    }

    /** The request, with object references read; a failure here sends nothing. */
    private R2vRequest request(RequestInput input) {
        try {
            return input.toRequest(resolver);
        } catch (R2vException e) {
            throw ActivityFailures.of(GenerationFailure.of(e), false, null);
        } catch (RuntimeException e) {
            throw ActivityFailures.of(GenerationFailure.of(ErrorCategory.INVALID_REQUEST, "["
                    + client.provider().id() + "] the request's media could not be read, so nothing was sent: "
                    + e.getMessage(), null, null), false, null);
        }
    }
}
