package dev.wanr2v.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.RequestTimeoutException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.testkit.Outcome;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * How one submit of the chaos run ended, and the check that it ended right.
 *
 * @param task    the plan
 * @param handle  the handle, if the create was answered
 * @param video   the video, if it arrived
 * @param failure the failure, if any
 */
record ChaosResult(ChaosPlan.Task task, TaskHandle handle, GeneratedVideo video, Throwable failure) {

    /** The ways a submit may end. */
    enum Ending {
        VIDEO, TASK_FAILED, TASK_EXPIRED, OUTCOME_UNKNOWN_TASK_MADE, OUTCOME_UNKNOWN_NO_TASK, THROTTLED, WRONG
    }

    Throwable error() {
        Throwable e = failure;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    Ending ending(ChaosLedger ledger) {
        Throwable e = error();
        if (e == null) {
            return video != null ? Ending.VIDEO : Ending.WRONG;
        }
        if (e instanceof SubmitOutcomeUnknownException) {
            return ledger.tasks(task.marker()).isEmpty() ? Ending.OUTCOME_UNKNOWN_NO_TASK
                    : Ending.OUTCOME_UNKNOWN_TASK_MADE;
        }
        return e instanceof TaskFailedException ? Ending.TASK_FAILED : e instanceof TaskExpiredException
                ? Ending.TASK_EXPIRED : e instanceof RateLimitedException ? Ending.THROTTLED : Ending.WRONG;
    }

    /**
     * A submit whose create was answered ends as planned (video, failure with the vendor's code,
     * expiry), with exactly one task; one whose create failed ambiguously ends in
     * {@code SubmitOutcomeUnknownException}, sent once, with at most one task; one throttled on every
     * attempt ends in {@code RateLimitedException} with none.
     */
    void assertRight(ChaosLedger ledger) {
        String who = "submit " + task.index() + " (" + task.vendor() + ", planned " + task.outcome().kind() + ")";
        Throwable e = error();
        List<String> tasks = ledger.tasks(task.marker());
        List<ChaosLedger.Create> creates = ledger.creates(task.marker());
        if (e != null) {
            assertThat(e).as(who).isInstanceOf(R2vException.class);
            assertThat(e.getMessage()).as(who).isNotBlank();
            Secrets.assertAbsent(e);
        }
        switch (ending(ledger)) {
            case VIDEO -> {
                assertThat(task.outcome()).as(who).isInstanceOf(Outcome.Succeeded.class);
                assertThat(tasks).as(who).containsExactly(handle.taskId());
                assertThat(video.url()).as(who).contains(handle.taskId());
            }
            case TASK_FAILED -> {
                assertThat(task.outcome()).as(who).isInstanceOf(Outcome.Failed.class);
                assertThat(tasks).as(who).containsExactly(handle.taskId());
                assertThat(((TaskFailedException) e).providerCode()).as(who)
                        .hasValue(((Outcome.Failed) task.outcome()).code());
            }
            case TASK_EXPIRED -> {
                assertThat(task.outcome()).as(who).isInstanceOf(Outcome.Expired.class);
                assertThat(tasks).as(who).containsExactly(handle.taskId());
            }
            case OUTCOME_UNKNOWN_TASK_MADE, OUTCOME_UNKNOWN_NO_TASK -> {
                assertThat(handle).as(who + ": no handle").isNull();
                boolean late = e.getCause() instanceof RequestTimeoutException;
                assertThat(creates).as(who + ": its creates").isNotEmpty().last().satisfies(c -> assertThat(
                        c.faulted() || late).as(who + ": the last create met a fault, or answered late").isTrue());
                assertThat(creates.stream().filter(c -> !c.notAccepted())).as(who + ": sent once").hasSize(1);
                assertThat(tasks).as(who).hasSizeLessThanOrEqualTo(1);
            }
            case THROTTLED -> {
                assertThat(handle).as(who).isNull();
                assertThat(creates).as(who).isNotEmpty().allSatisfy(c -> assertThat(c.notAccepted()).isTrue());
                assertThat(tasks).as(who).isEmpty();
            }
            case WRONG -> throw new AssertionError(who + " ended wrongly: " + (e == null ? "no video" : e), e);
        }
    }
}
