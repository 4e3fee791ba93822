package dev.wanr2v.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.temporal.harness.Eventually;
import dev.wanr2v.temporal.harness.Harness;
import dev.wanr2v.temporal.harness.WithHarness;
import dev.wanr2v.temporal.harness.Machine;
import dev.wanr2v.testkit.emulator.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Creates cost money: the workflow never sends a second create unless the vendor certainly did not take the first,
 * and a create whose outcome is unknown ends in its own state, with the time it was sent.
 */
class BillingSafetyTest extends WithHarness {
    @Test
    void aLostCreateAnswerEndsAsUnknownWithTheTimeItWasSentAndIsNeverSentAgain() throws Exception {
        harness.machine();
        harness.emulator().faults().next(Operation.CREATE, Fault.connectionReset().afterHandling());
        Instant before = Instant.ofEpochMilli(harness.env().currentTimeMillis());

        Generation generation = harness.start("lost-answer", Harness.input(1));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class, generation::result);

        assertThat(e.category()).isEqualTo(ErrorCategory.SUBMIT_OUTCOME_UNKNOWN);
        assertThat(e.sentAt()).get().satisfies(t -> assertThat(t).isAfterOrEqualTo(before.minusSeconds(1)));
        assertThat(e.token()).isEmpty();
        assertThat(generation.state().phase()).isEqualTo(GenerationState.Phase.OUTCOME_UNKNOWN);
        assertThat(harness.emulator().tasksCreated()).isEqualTo(1);

        GenerationFailedException again = catchThrowableOfType(GenerationFailedException.class,
                () -> harness.start("lost-answer", Harness.input(1)).result());
        assertThat(again.category()).isEqualTo(ErrorCategory.SUBMIT_OUTCOME_UNKNOWN);
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
    }

    @Test
    void aWorkerThatDiesMidCreateEndsTheWorkflowAsUnknownAndTheNextWorkerSendsNothing() throws Exception {
        Machine dying = harness.machine();
        harness.emulator().faults().next(Operation.CREATE, Fault.delay(Duration.ofSeconds(4)));
        Instant before = Instant.now();

        Generation generation = harness.start("worker-died", Harness.input(2));
        Eventually.until("the vendor has the task", Duration.ofSeconds(30),
                () -> harness.emulator().tasksCreated() == 1);
        harness.machine();
        dying.crash();
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class, generation::result);

        assertThat(e.category()).isEqualTo(ErrorCategory.SUBMIT_OUTCOME_UNKNOWN);
        assertThat(e.getMessage()).contains("stopped heartbeating").contains("Nothing was sent again");
        assertThat(e.sentAt()).get().satisfies(t -> assertThat(t).isBetween(before.minusSeconds(1), Instant.now()));
        assertThat(generation.state().phase()).isEqualTo(GenerationState.Phase.OUTCOME_UNKNOWN);
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
        assertThat(dying.activities().started("WanR2vCreate")).isEqualTo(1);
    }

    @Test
    void aThrottledCreateIsSentAgainByTheWorkflowAfterADurableTimer() {
        harness.machine();
        harness.emulator().faults().times(Operation.CREATE, 3, Fault.throttled(Duration.ofSeconds(2)));

        Generation generation = harness.start("throttled", Harness.input(3));
        GenerationResult result = generation.result();

        assertThat(Files.exists(Path.of(result.stored().location()))).isTrue();
        assertThat(harness.emulator().createsReceived()).isEqualTo(4);
        assertThat(harness.emulator().tasksCreated()).isEqualTo(1);
        assertThat(generation.state().createAttempts()).isEqualTo(4);
        assertThat(generation.state().lastError()).contains("429");
    }

    @Test
    void aCreateThrottledUntilItsDeadlineFailsTypedAtTheDeadline() {
        harness.machine();
        harness.emulator().faults().always(Operation.CREATE, Fault.throttled(Duration.ofSeconds(5)));

        Generation generation = harness.start("throttled-forever",
                Harness.input(4).withOptions(Harness.OPTIONS.withCreateDeadline(Duration.ofMinutes(2))));
        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class, generation::result);

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.failure().retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(harness.emulator().tasksCreated()).isZero();
        // waits of 5, 5, 5 s (Retry-After over 1, 2, 4 s of backoff), then 8, 16, 32 s: the 7th create goes at 71 s,
        // and a wait of 60 s more would pass the 2 min deadline
        assertThat(harness.emulator().createsReceived()).isEqualTo(generation.state().createAttempts()).isEqualTo(7);
    }

    @Test
    void aRefusedCreateThatRetryingCannotMendFailsAtOnce() {
        harness.machine();
        harness.emulator().faults().next(Operation.CREATE, Fault.vendorError(401, "InvalidApiKey", "Invalid API-key"));

        GenerationFailedException e = catchThrowableOfType(GenerationFailedException.class,
                () -> harness.start("bad-key", Harness.input(5)).result());

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.providerCode()).contains("InvalidApiKey");
        assertThat(e.getMessage()).doesNotContain("sk-temporal-test");
        assertThat(harness.emulator().createsReceived()).isEqualTo(1);
    }
}
