package dev.wanr2v.temporal.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.temporal.GenerationFailure;
import dev.wanr2v.temporal.GenerationInput;
import dev.wanr2v.temporal.GenerationOptions;
import dev.wanr2v.temporal.internal.QueryActivities.StatusReport;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The wait: a durable timer, one status activity, again, until the task ends or the deadline passes. No thread
 * or activity slot is held between polls. Intervals follow the poll policy, capped by the provider's advice, with
 * jitter from the workflow's own (replayable) random numbers.
 */
final class Poller {
    private final GenerationWorkflowImpl workflow;
    private final QueryActivities queries;
    private final GenerationOptions options;
    private final Instant deadline;
    private final Random random = Workflow.newRandom();
    private Duration advice;

    Poller(GenerationWorkflowImpl workflow, QueryActivities queries, GenerationOptions options, Instant deadline,
            Duration advice) {
        this.workflow = workflow;
        this.queries = queries;
        this.options = options;
        this.deadline = deadline;
        this.advice = advice;
    }

    /** The report of the task's success; every other end fails the workflow (or continues it as new). */
    StatusReport untilEnded() {
        while (true) {
            if (Workflow.getInfo().getHistoryLength() > options.maxHistoryEvents()) {
                Workflow.continueAsNew(new GenerationInput(null,
                        new GenerationInput.Resume(workflow.token(), deadline, workflow.polls()), options));
            }
            Duration left = Duration.between(GenerationWorkflowImpl.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw workflow.fail(GenerationFailure.of(ErrorCategory.AWAIT_TIMEOUT, "the task did not end by "
                        + deadline + " (" + options.awaitTimeout() + " after it was created; last status "
                        + workflow.state().status() + "). It goes on at the vendor: collect it with its token, or"
                        + " follow it in a new workflow with GenerationInput.resume(token).", workflow.token(), null));
            }
            Duration wait = interval(workflow.polls());
            Workflow.sleep(wait.compareTo(left) < 0 ? wait : left);
            workflow.countPoll();
            StatusReport report;
            try {
                report = queries.status(workflow.token());
            } catch (ActivityFailure f) {
                GenerationFailure failure = Steps.typed(f);
                if (failure != null && !failure.retryable()) {
                    throw workflow.fail(failure);
                }
                workflow.noted(failure != null ? failure.message() : Steps.why(f));
                continue;
            }
            workflow.heard(report);
            if (report.pollAdvice() != null) {
                advice = report.pollAdvice();
            }
            if (report.status() == TaskStatus.SUCCEEDED) {
                return report;
            }
            if (report.failure() != null) {
                throw workflow.fail(report.failure());
            }
        }
    }

    /** Before poll number {@code n}: the policy's interval capped by the advice, varied by its jitter. */
    private Duration interval(int n) {
        PollPolicy policy = options.pollPolicy();
        Duration cap = policy.maxInterval() != null ? policy.maxInterval()
                : advice == null ? policy.initialDelay() : max(advice, policy.initialDelay());
        Duration base = policy.interval(n, cap);
        double factor = 1 + policy.jitter() * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
