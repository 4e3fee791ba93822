package dev.wanr2v.internal.engine;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.Violation;
import dev.wanr2v.internal.media.CheckedMedia;
import dev.wanr2v.internal.observe.Observing;
import dev.wanr2v.internal.observe.TaskScope;
import dev.wanr2v.internal.validation.RequestValidator;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The calls about a request: validating it, previewing it, estimating its cost, and submitting it. */
final class RequestCalls {
    private static final Logger LOG = LoggerFactory.getLogger(RequestCalls.class);

    private final Engine engine;
    private final CallRunner runner;
    private final RequestValidator validator;
    private final MediaPreparer preparer;
    private final ClientLifecycle lifecycle;
    private final String endpointKey;
    private final RecentSnapshots recent = new RecentSnapshots(1024);

    RequestCalls(Engine engine, CallRunner runner, RequestValidator validator, MediaPreparer preparer,
            ClientLifecycle lifecycle, String endpointKey) {
        this.engine = engine;
        this.runner = runner;
        this.validator = validator;
        this.preparer = preparer;
        this.lifecycle = lifecycle;
        this.endpointKey = endpointKey;
    }

    List<Violation> validate(R2vRequest request) {
        return checked(request).violations();
    }

    private RequestValidator.Result checked(R2vRequest request) {
        RequestValidator.Result result = validator.check(request);
        List<Violation> codec = engine.codec().check(request);
        if (codec.isEmpty()) {
            return result;
        }
        List<Violation> all = new ArrayList<>(result.violations());
        all.addAll(codec);
        return new RequestValidator.Result(all, result.media());
    }

    /** The checked media of a valid request, by field, for preparation. */
    private Map<String, CheckedMedia> requireValid(R2vRequest request) {
        RequestValidator.Result result = checked(request);
        if (!result.violations().isEmpty()) {
            throw new InvalidRequestException(result.violations(), ErrorDetails.of(engine.errors().providerId()));
        }
        return result.media();
    }

    RequestPreview preview(R2vRequest request) {
        return preparer.preview(request, requireValid(request), p -> Previews.of(engine,
                engine.codec().createCall(p.request()), p.fitted()));
    }

    /** {@code direct}: a caller blocks on it and no listener hears it, so answers are read on the I/O thread. */
    CompletableFuture<TaskHandle> submitAsync(R2vRequest request, ProgressListener listener, boolean direct) {
        Map<String, CheckedMedia> media;
        try {
            lifecycle.ensureOpen();
            media = requireValid(request);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant deadline = engine.scheduler().now().plus(engine.settings().budget().submitTimeout());
        TaskScope task = engine.observing().submitting(request);
        CompletableFuture<TaskHandle> submitted = preparer.using(request, media, listener, task,
                prepared -> runner.run(CallSpec.create(request, deadline, () -> engine.codec().createCall(prepared),
                        this::accepted).withListener(listener).withDirect(direct && listener == ProgressListener.none()),
                        task))
                .thenApply(accepted -> {
                    TaskHandle handle = accepted.handle();
                    accepted.submission().snapshot().filter(RequestCalls::tellsHowItEnded)
                            .ifPresent(s -> recent.put(handle, s));
                    LOG.debug("wan-r2v: submitted {}", handle);
                    task.submitted(handle);
                    engine.listeners().submitted(listener, handle);
                    return handle;
                });
        if (task != TaskScope.NONE) {
            submitted.whenComplete((h, e) -> {
                if (e != null) {
                    task.submitFailed(CallRunner.unwrap(e));
                }
            });
        }
        return lifecycle.trackCreate(submitted);
    }

    /** What the create answer said about a task that has ended, taken once; {@code null} if nothing. */
    TaskSnapshot known(TaskHandle handle) {
        return recent.take(handle);
    }

    /** A create answer as read: the codec's submission and the handle of its task. */
    private record Accepted(Submission submission, TaskHandle handle) implements Observing.CreateAnswer {
    }

    /**
     * Reads a create answer and makes the task's handle while the answer is being read, so that a task
     * id no handle can hold (control characters) fails like any answer that cannot be read: for a
     * create, an unknown outcome.
     */
    private Accepted accepted(HttpReply reply) {
        Submission submission = engine.codec().readCreate(reply);
        if (submission == null) {
            return null;
        }
        if (submission.snapshot().isPresent()) {
            submission = submission.withSnapshot(engine.errors().masked(submission.snapshot().get()));
        }
        TaskHandle handle = new TaskHandle(engine.errors().providerId(), submission.taskId(), endpointKey,
                engine.scheduler().now());
        engine.budget().budget().submitted(handle, submission.snapshot().orElse(null));
        return new Accepted(submission, handle);
    }

    /**
     * Whether a create answer's snapshot can stand in for the first status call: a create answer that
     * says the task ended but not how (succeeded without the video URL, failed without a code or message;
     * DashScope's and UniAll's never carry them) is a summary, and the status call tells the rest.
     */
    private static boolean tellsHowItEnded(TaskSnapshot s) {
        return switch (s.status()) {
            case SUCCEEDED -> s.videoUrl().isPresent();
            case FAILED -> s.failureCode().isPresent() || s.failureMessage().isPresent();
            default -> true;
        };
    }

    CompletableFuture<CostEstimate> estimateCostAsync(R2vRequest request) {
        Map<String, CheckedMedia> media;
        try {
            lifecycle.ensureOpen();
            if (!engine.codec().capabilities().supports(Feature.COST_ESTIMATE)) {
                throw engine.errors().unsupported("estimate costs");
            }
            media = requireValid(request);
        } catch (R2vException e) {
            return CompletableFuture.failedFuture(e);
        }
        TaskScope context = engine.observing().detached(request);
        return lifecycle.trackCall(preparer.using(request, media, null, context, prepared -> runner.run(CallSpec.of(
                Operation.COST_ESTIMATE, () -> engine.codec().costEstimateCall(prepared),
                engine.codec()::readCostEstimate), context)));
    }
}
