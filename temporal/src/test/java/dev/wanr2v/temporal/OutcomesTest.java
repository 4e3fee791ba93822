package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.temporal.harness.Harness;
import dev.wanr2v.temporal.harness.WithHarness;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Fault;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How generations end besides success: typed failures with the vendor's code, deadlines, resumed tokens. */
class OutcomesTest extends WithHarness {
    @BeforeEach
    void oneMachine() {
        harness.machine();
    }

    @Test
    void aTaskThatFailsAtTheVendorFailsTheWorkflowWithTheVendorsCodeAndTheToken() {
        harness.emulator().scriptNextTask(StatusScript.builder().queued(Duration.ofSeconds(20))
                .running(0.5, Duration.ofSeconds(30)).endsWith(Outcome.failed("InternalError.Algo", "the model broke")));

        Generation generation = harness.start("vendor-failure", Harness.input(1));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class, generation::result);

        assertThat(e.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(e.providerCode()).contains("InternalError.Algo");
        assertThat(e.providerMessage()).contains("the model broke");
        assertThat(e.providerId()).contains("dashscope");
        assertThat(TaskHandle.parse(e.token().orElseThrow()).taskId())
                .isEqualTo(harness.emulator().tasks().get(0).id());
        assertThat(generation.state().phase()).isEqualTo(GenerationState.Phase.FAILED);
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
        assertThat(videos).isEmptyDirectory();
    }

    @Test
    void aContentRejectionInTheTaskCarriesTheVendorsCodeAndItsReason() {
        harness.emulator().scriptNextTask(StatusScript.builder().queued(Duration.ofSeconds(5))
                .endsWith(Outcome.failed("DataInspectionFailed", "Output data may contain inappropriate content.")));

        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class,
                () -> harness.start("rejected-task", Harness.input(2)).result());

        assertThat(e.category()).isEqualTo(ErrorCategory.TASK_FAILED);
        assertThat(e.failure().reason()).isEqualTo(ErrorCategory.CONTENT_REJECTED);
        assertThat(e.providerCode()).contains("DataInspectionFailed");
        assertThat(e.token()).isPresent();
    }

    @Test
    void aContentRejectionAtCreateIsTypedAndNeverSentAgain() {
        harness.emulator().faults().next(Operation.CREATE,
                Fault.vendorError(400, "DataInspectionFailed", "Input data may contain inappropriate content."));

        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class,
                () -> harness.start("rejected-create", Harness.input(3)).result());

        assertThat(e.category()).isEqualTo(ErrorCategory.CONTENT_REJECTED);
        assertThat(e.providerCode()).contains("DataInspectionFailed");
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(e.token()).isEmpty();
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
        assertThat(harness.emulator().tasksCreated()).isZero();
    }

    @Test
    void aTaskStillQueuedAtTheDeadlineFailsWithTheTokenAndCanBeFollowedInANewWorkflow() {
        harness.emulator().scriptNextTask(StatusScript.builder().queued(Duration.ofMinutes(15)).endsWith(Outcome.succeeded()));

        Generation first = harness.start("slow",
                Harness.input(4).withOptions(Harness.OPTIONS.withAwaitTimeout(Duration.ofMinutes(10))));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class, first::result);
        Generation resumed = harness.start("slow-resumed",
                GenerationInput.resume(e.token().orElseThrow()).withOptions(Harness.OPTIONS));
        GenerationResult result = resumed.result();

        assertThat(e.category()).isEqualTo(ErrorCategory.AWAIT_TIMEOUT);
        assertThat(e.getMessage()).contains("GenerationInput.resume(token)");
        // 10 min of polls, growing from 2 s by 1.5 to DashScope's advised 15 s (±20 %): over 40, no thread held
        assertThat(first.state().polls()).isGreaterThan(35);
        assertThat(result.token()).isEqualTo(e.token().get());
        assertThat(Path.of(result.stored().location())).exists();
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
    }

    @Test
    void aLongWaitContinuesAsNewWithItsTokenAndStillEndsWithTheVideo() {
        harness.emulator().scriptNextTask(StatusScript.builder().queued(Duration.ofMinutes(4)).endsWith(Outcome.succeeded()));

        Generation generation = harness.start("long-wait",
                Harness.input(5).withOptions(Harness.OPTIONS.withMaxHistoryEvents(100)));
        GenerationResult result = generation.result();

        var lastRun = harness.env().getWorkflowClient().fetchHistory("wan-r2v-long-wait");
        assertThat(lastRun.getEvents().get(0).getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId())
                .as("the run that ended continued an earlier one").isNotEmpty();
        assertThat(lastRun.getEvents().size()).isLessThanOrEqualTo(100 + 20);
        assertThat(result.polls()).isGreaterThan(12);
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
        assertThat(Path.of(result.stored().location())).exists();
    }

    @Test
    void aTokenOfAnotherEndpointIsRefusedTyped() {
        String foreign = new TaskHandle("dashscope", "t-1", "https://dashscope-intl.aliyuncs.com",
                java.time.Instant.parse("2026-01-01T00:00:00Z")).toToken();

        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class,
                () -> harness.start("foreign", GenerationInput.resume(foreign).withOptions(Harness.OPTIONS)).result());

        assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(harness.emulator().journal().size()).isZero();
    }

    @Test
    void aTaskSubmittedOutsideTemporalCanBeFollowedByItsToken() {
        String token;
        try (R2vClient client = harness.client()) {
            token = client.submit(Harness.request(6)).toToken();
        }

        GenerationResult result = harness.start("adopted", GenerationInput.resume(token).withOptions(Harness.OPTIONS))
                .result();

        assertThat(result.token()).isEqualTo(token);
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
    }
}
