package dev.wanr2v.internal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.internal.engine.ManualScheduler;
import dev.wanr2v.spi.AccountLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The budget's gates on virtual time: pace, order, learning from throttling, deadlines, leaving, slots. */
class BudgetTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualScheduler scheduler = new ManualScheduler(T0);
    private final List<String> granted = new ArrayList<>();

    private Budget budget(AccountLimits limits) {
        return new Budget(limits, true, scheduler, false);
    }

    /** A create that leaves as soon as it is let go. */
    private CompletableFuture<Permit> create(Budget b, Member m, String name, Instant deadline) {
        CompletableFuture<Permit> f = b.acquire(m, BudgetKind.CREATE, null, false, deadline, w -> { });
        f.thenAccept(p -> {
            granted.add(name + "@" + Duration.between(T0, scheduler.now()).toMillis());
            b.departed(p);
        });
        return f;
    }

    private static TaskHandle task(String id, Instant submittedAt) {
        return new TaskHandle("p", id, "https://p.example", submittedAt);
    }

    @Test
    void createsAreGrantedFirstComeFirstServedAtTheDeclaredPace() {
        Budget b = budget(AccountLimits.documented(5, 20));
        Member m = b.alone("p", Runnable::run);
        for (int i = 0; i < 4; i++) {
            create(b, m, "c" + i, null);
        }
        scheduler.runUntil(T0.plusSeconds(5));
        // 5/s, five in 1.1 s: one every 220 ms
        assertThat(granted).containsExactly("c0@0", "c1@220", "c2@440", "c3@660");
        assertThat(b.stats().waits()).isEqualTo(3);
        assertThat(b.stats().waited()).isEqualTo(Duration.ofMillis(220 + 440 + 660));
    }

    @Test
    void theNextCallWaitsForTheLastOneToLeaveThenForTheSpacing() {
        Budget b = budget(AccountLimits.documented(5, 20));
        Member m = b.alone("p", Runnable::run);
        Permit slow = b.acquire(m, BudgetKind.CREATE, null, false, null, w -> { }).join();
        create(b, m, "c1", null);
        scheduler.runUntil(T0.plusSeconds(1));
        assertThat(granted).as("while the first call has not left (a cold connection, say)").isEmpty();
        b.departed(slow);
        b.departed(slow);
        scheduler.runUntil(T0.plusSeconds(5));
        assertThat(granted).containsExactly("c1@1220");
    }

    @Test
    void aCallThatWaitsIsHeardWithItsPlaceAndEstimate() {
        Budget b = budget(AccountLimits.documented(5, 20));
        Member m = b.alone("p", Runnable::run);
        List<BudgetWait> heard = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            b.acquire(m, BudgetKind.CREATE, null, false, null, heard::add).thenAccept(b::departed);
        }
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1).kind()).isEqualTo(BudgetKind.CREATE);
        assertThat(heard.get(1).ahead()).isEqualTo(1);
        assertThat(heard.get(1).estimatedWait()).hasValue(Duration.ofMillis(440));
        assertThat(heard.get(1)).hasToString("waiting for the create budget (about 1 s)");
    }

    @Test
    void aThrottledCallHalvesTheRateOncePerRoundTripThenItRecovers() {
        AimdRate rate = new AimdRate(20);
        assertThat(rate.throttled(T0, 1, 3)).isTrue();
        assertThat(rate.at(T0)).isEqualTo(10);
        // calls 2 and 3 left before the decrease: their 429s teach nothing new
        assertThat(rate.throttled(T0, 3, 3)).isFalse();
        assertThat(rate.at(T0)).isEqualTo(10);
        assertThat(rate.throttled(T0, 4, 4)).isTrue();
        assertThat(rate.at(T0)).isEqualTo(5);
        // +5 % of the ceiling (1/s) per second, up to the ceiling
        assertThat(rate.at(T0.plusSeconds(4))).isEqualTo(9);
        assertThat(rate.at(T0.plusSeconds(60))).isEqualTo(20);
        for (int i = 5; i < 20; i++) {
            rate.throttled(T0, i, i);
        }
        assertThat(rate.at(T0)).isEqualTo(20.0 / 32);
    }

    @Test
    void retryAfterPausesTheBudgetAndThrottlingSlowsIt() {
        Budget b = budget(AccountLimits.documented(5, 20));
        Member m = b.alone("p", Runnable::run);
        Permit first = create(b, m, "c0", null).join();
        b.throttled(first, Duration.ofSeconds(3));
        create(b, m, "c1", null);
        create(b, m, "c2", null);
        scheduler.runUntil(T0.plusSeconds(10));
        // paused 3 s; halved to 2.5/s, back up by 0.25/s each second: 3.25/s after 3 s, 1.1 s / 3.25 apart
        assertThat(granted).containsExactly("c0@0", "c1@3000", "c2@3338");
        assertThat(b.stats().throttled()).isEqualTo(1);
    }

    @Test
    void aWaitingCreateFailsAtItsDeadlineSayingNothingWasSentAndWhatToRaise() {
        Budget b = budget(AccountLimits.documented(1, 20));
        Member m = b.alone("acme", Runnable::run);
        create(b, m, "c0", null);
        CompletableFuture<Permit> late = create(b, m, "c1", T0.plusMillis(500));
        scheduler.runUntil(T0.plusSeconds(5));
        assertThat(late).isCompletedExceptionally();
        assertThat(catchCause(late)).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("[acme] the create waited 500 ms for the create budget (1 creates/s")
                .hasMessageContaining("nothing was created")
                .hasMessageContaining("submitTimeout (R2v.builder().submitTimeout(..), -Dwanr2v.submitTimeout or"
                        + " WAN_R2V_SUBMIT_TIMEOUT)")
                .hasMessageContaining("createRate");
        assertThat(granted).containsExactly("c0@0");
        assertThat(b.stats().waitingCreates()).isZero();
    }

    @Test
    void aClientThatLeavesFailsItsWaitingCallsAtOnceAndOthersGoOn() {
        Budget b = budget(AccountLimits.documented(5, 20));
        Member leaving = new Member(b, "p", Runnable::run, () -> { });
        Member staying = new Member(b, "p", Runnable::run, () -> { });
        create(b, staying, "s0", null);
        CompletableFuture<Permit> gone = create(b, leaving, "l1", null);
        create(b, staying, "s2", null);
        leaving.leave();
        assertThat(catchCause(gone)).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("the client was closed while the create waited 0 ms for the create budget")
                .hasMessageContaining("nothing was created");
        scheduler.runUntil(T0.plusSeconds(5));
        assertThat(granted).containsExactly("s0@0", "s2@220");
    }

    @Test
    void queriesAboutRunningTasksGoFirstThenOlderTasksAndCallersWaitingOnACallBeforeAll() {
        // 30 s of bonus for running, half the age for being older: 'old' is 50 s older than 'running'
        Budget b = budget(AccountLimits.documented(5, 1));
        Member m = b.alone("p", Runnable::run);
        Instant now = T0.plus(Duration.ofHours(1));
        scheduler.runUntil(now);
        TaskHandle young = task("young", now.minusSeconds(10));
        TaskHandle old = task("old", now.minusSeconds(60));
        TaskHandle running = task("running", now.minusSeconds(10));
        b.observed(running, TaskSnapshot.builder(TaskStatus.RUNNING).build());
        List<String> order = new ArrayList<>();
        b.departed(b.acquire(m, BudgetKind.QUERY, null, false, null, w -> { }).join());
        for (TaskHandle h : List.of(young, old, running)) {
            b.acquire(m, BudgetKind.QUERY, h, true, null, w -> { }).thenAccept(p -> {
                order.add(h.taskId());
                b.departed(p);
            });
        }
        b.acquire(m, BudgetKind.QUERY, young, false, null, w -> { }).thenAccept(p -> {
            order.add("caller");
            b.departed(p);
        });
        scheduler.runUntil(now.plusSeconds(10));
        assertThat(order).containsExactly("caller", "running", "old", "young");
    }

    @Test
    void whereTheVendorQueuesNothingCreatesWaitForARunningTaskToEnd() {
        Budget b = budget(AccountLimits.documented(100, 100).withRunningTasks(2, false));
        Member m = b.alone("p", Runnable::run);
        assertThat(b.limitsSlots()).isTrue();
        b.acquireSlot(m, null, w -> { }).join();
        b.submitted(task("a", T0), null);
        b.createEnded();
        b.acquireSlot(m, null, w -> { }).join();
        b.submitted(task("b", T0), null);
        b.createEnded();
        List<BudgetWait> heard = new ArrayList<>();
        CompletableFuture<Permit> third = b.acquireSlot(m, null, heard::add);
        assertThat(third).isNotDone();
        assertThat(heard).singleElement().satisfies(w -> assertThat(w.kind()).isEqualTo(BudgetKind.RUNNING));
        b.observed(task("a", T0), TaskSnapshot.builder(TaskStatus.RUNNING).build());
        assertThat(third).isNotDone();
        b.observed(task("a", T0), TaskSnapshot.builder(TaskStatus.SUCCEEDED).videoUrl("https://v.example/a.mp4").build());
        assertThat(third).isCompleted();
    }

    @Test
    void aTaskNobodyAsksAboutStopsHoldingItsSlotWhenItsLeaseEnds() {
        Budget b = budget(AccountLimits.documented(100, 100).withRunningTasks(1, false));
        Member m = b.alone("p", Runnable::run);
        b.acquireSlot(m, null, w -> { }).join();
        b.submitted(task("a", T0), null);
        b.createEnded();
        CompletableFuture<Permit> next = b.acquireSlot(m, null, w -> { });
        scheduler.runUntil(T0.plus(TaskBook.LEASE).minusSeconds(1));
        assertThat(next).isNotDone();
        scheduler.runUntil(T0.plus(TaskBook.LEASE));
        assertThat(next).isCompleted();
    }

    @Test
    void aCanceledTicketGivesItsTurnToTheNext() {
        Budget b = budget(AccountLimits.documented(5, 20));
        Member m = b.alone("p", Runnable::run);
        create(b, m, "c0", null);
        create(b, m, "c1", null).cancel(false);
        create(b, m, "c2", null);
        assertThat(b.stats().waitingCreates()).isEqualTo(1);
        scheduler.runUntil(T0.plusSeconds(5));
        assertThat(granted).containsExactly("c0@0", "c2@220");
    }

    @Test
    void switchedOffItGrantsAtOnceAndOnlyCounts() {
        Budget b = new Budget(AccountLimits.documented(1, 1), false, scheduler, false);
        Member m = b.alone("p", Runnable::run);
        for (int i = 0; i < 5; i++) {
            Permit p = b.acquire(m, BudgetKind.CREATE, null, false, null, w -> { }).join();
            b.sent(p);
            b.throttled(p, Duration.ofSeconds(30));
        }
        assertThat(b.stats().creates()).isEqualTo(5);
        assertThat(b.stats().throttled()).isEqualTo(5);
        assertThat(b.stats().createRate()).isEqualTo(1);
        assertThat(b.acquire(m, BudgetKind.CREATE, null, false, null, w -> { })).isCompleted();
    }

    private static Throwable catchCause(CompletableFuture<?> f) {
        try {
            f.join();
            throw new AssertionError("expected a failure");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}
