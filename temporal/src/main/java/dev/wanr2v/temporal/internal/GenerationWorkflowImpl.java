package dev.wanr2v.temporal.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.temporal.GenerationFailure;
import dev.wanr2v.temporal.GenerationInput;
import dev.wanr2v.temporal.GenerationOptions;
import dev.wanr2v.temporal.GenerationResult;
import dev.wanr2v.temporal.GenerationState;
import dev.wanr2v.temporal.GenerationState.Phase;
import dev.wanr2v.temporal.GenerationWorkflow;
import dev.wanr2v.temporal.RequestInput;
import dev.wanr2v.temporal.StoredVideo;
import dev.wanr2v.temporal.TaskQueues;
import dev.wanr2v.temporal.internal.CreateActivity.Created;
import dev.wanr2v.temporal.internal.QueryActivities.StatusReport;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * The generation workflow. Everything it decides is in its history (activity results, timers), so a worker that
 * picks it up after a crash replays it to the same state: the token, once the create returned, is never lost.
 * Change its commands only behind {@code Workflow.getVersion}: the replay tests over recorded histories fail
 * otherwise.
 */
public final class GenerationWorkflowImpl implements GenerationWorkflow {
    private Phase phase = Phase.CREATING;
    private String token;
    private TaskStatus status;
    private Double progress;
    private int createAttempts;
    private int polls;
    private String lastError;

    @Override
    public GenerationResult generate(GenerationInput input) {
        GenerationOptions options = input.options();
        TaskQueues queues = TaskQueues.of(Workflow.getInfo().getTaskQueue());
        QueryActivities queries = Workflow.newActivityStub(QueryActivities.class, Steps.pollOptions(queues, options));
        Instant deadline;
        Duration advice = null;
        if (input.resume() != null) {
            token = input.resume().token();
            polls = input.resume().polls();
            deadline = input.resume().deadline() != null ? input.resume().deadline()
                    : now().plus(options.awaitTimeout());
            handle();
        } else {
            Created created = create(input.request(), options, queues);
            token = created.token();
            advice = created.pollAdvice();
            deadline = now().plus(options.awaitTimeout());
        }
        TaskHandle handle = handle();
        phase = Phase.WAITING;
        StatusReport done = new Poller(this, queries, options, deadline, advice).untilEnded();
        StoredVideo stored = null;
        Instant storedAt = null;
        if (options.download()) {
            phase = Phase.STORING;
            stored = store(options);
            storedAt = now();
        }
        phase = Phase.SUCCEEDED;
        return new GenerationResult(token, handle.providerId(), handle.taskId(), done.videoUrl(), stored,
                done.usage(), handle.submittedAt(), done.finishedAt() != null ? done.finishedAt() : now(), storedAt,
                polls);
    }

    @Override
    public GenerationState state() {
        return new GenerationState(phase, token, status, progress, createAttempts, polls, lastError);
    }

    /**
     * Sends the create once; again only after a failure that says the vendor certainly did not take it and that
     * retrying can help (throttled, connection refused), until the create deadline. Anything that leaves the
     * outcome open ends the workflow as {@code SUBMIT_OUTCOME_UNKNOWN}.
     */
    private Created create(RequestInput request, GenerationOptions options, TaskQueues queues) {
        CreateActivity activity = Workflow.newActivityStub(CreateActivity.class, Steps.createOptions(queues, options));
        Instant giveUpAt = now().plus(options.createDeadline());
        while (true) {
            createAttempts++;
            Instant scheduledAt = now();
            try {
                return activity.create(request);
            } catch (ActivityFailure f) {
                GenerationFailure failure = Steps.typed(f);
                if (failure == null || failure.category() == ErrorCategory.SUBMIT_OUTCOME_UNKNOWN) {
                    phase = Phase.OUTCOME_UNKNOWN;
                    throw fail(failure != null ? failure : Steps.unknownOutcome(f, scheduledAt));
                }
                Duration delay = Steps.createBackoff(createAttempts, failure.retryAfter());
                if (!failure.retryable() || now().plus(delay).isAfter(giveUpAt)) {
                    phase = Phase.FAILED;
                    throw fail(failure);
                }
                lastError = failure.message();
                Workflow.sleep(delay);
            }
        }
    }

    private StoredVideo store(GenerationOptions options) {
        QueryActivities storing = Workflow.newActivityStub(QueryActivities.class,
                Steps.storeOptions(TaskQueues.of(Workflow.getInfo().getTaskQueue()), options));
        try {
            return storing.store(token, Steps.sinkName(Workflow.getInfo().getWorkflowId()));
        } catch (ActivityFailure f) {
            GenerationFailure failure = Steps.typed(f);
            phase = Phase.FAILED;
            throw fail(failure != null ? failure.withToken(token) : GenerationFailure.of(ErrorCategory.TRANSPORT,
                    "storing the video of task " + handle().taskId() + " failed on every attempt (" + Steps.why(f)
                            + "); the task succeeded: collect it with its token while the vendor keeps it",
                    token, null));
        }
    }

    /** A status answer arrived: remember what the state query shows. */
    void heard(StatusReport report) {
        status = report.status();
        if (report.progress() != null && (progress == null || report.progress() > progress)) {
            progress = report.progress();
        }
    }

    /** A poll failed in a way that retrying can mend: note it, and go on. */
    void noted(String error) {
        lastError = error;
    }

    int countPoll() {
        return ++polls;
    }

    int polls() {
        return polls;
    }

    String token() {
        return token;
    }

    /** Ends the workflow with the typed failure (the task's token on it once one exists). */
    ApplicationFailure fail(GenerationFailure failure) {
        GenerationFailure f = token != null && failure.token() == null ? failure.withToken(token) : failure;
        if (phase != Phase.OUTCOME_UNKNOWN) {
            phase = Phase.FAILED;
        }
        return ApplicationFailure.newNonRetryableFailure(f.message(), f.category().name(), f);
    }

    private TaskHandle handle() {
        try {
            return TaskHandle.parse(token);
        } catch (dev.wanr2v.R2vException e) {   // only a resumed token can be damaged: a created one never is
            token = null;
            throw fail(GenerationFailure.of(e));
        }
    }

    static Instant now() {
        return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }
}
