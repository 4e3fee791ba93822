package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.AccountBudget;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.AccountLimits;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.AccountActivity;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * Rules 6.x: creates cost money, so a create is sent again only when the vendor certainly did not take
 * it, and an ambiguous failure is reported as such; status calls cost nothing and are retried until the
 * result arrives; and every call keeps to the account's limits, which the vendor enforces.
 */
public interface BillingRules extends ConformanceRules {

    /** Faults of a status call that retrying overcomes. */
    @Provide
    default Arbitrary<Fault> kitStatusFaults() {
        return Arbitraries.of(Fault.connectionReset(), Fault.emptyResponse(), Fault.malformedChunk(),
                Fault.randomDataThenClose(), Fault.status(429), Fault.status(500), Fault.status(502),
                Fault.status(503), Fault.status(504));
    }

    /**
     * <b>R2V-6.1</b> A create whose answer is lost or is a server error (connection reset, empty or
     * garbled answer, broken body, HTTP 500/502/503, a timeout; after the vendor created the task, or
     * before) reaches the vendor exactly once, and {@code submit} throws
     * {@link SubmitOutcomeUnknownException} carrying the request.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_6_1}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_6_1)
    default void required_R2V_6_1_neverResendsAnAmbiguousCreate() {
        KitSession s = session();
        List<Fault> faults = List.of(Fault.connectionReset().afterHandling(), Fault.emptyResponse().afterHandling(),
                Fault.malformedChunk().afterHandling(), Fault.randomDataThenClose().afterHandling(),
                Fault.connectionReset(), Fault.status(500).afterHandling(), Fault.status(502).afterHandling(),
                Fault.status(503).afterHandling(), Fault.delay(Duration.ofSeconds(3)));
        R2vRequest request = KitRequests.minimal(s.capabilities());
        List<String> problems = new ArrayList<>();
        // HttpClient checks timeouts about once a second: the delay outlasts a 300 ms timeout by far
        try (R2vClient client = s.newClient(b -> b.responseTimeout(Duration.ofMillis(300)))) {
            for (Fault fault : faults) {
                Emulator emulator = s.freshEmulator();
                emulator.faults().next(Operation.CREATE, fault);
                try {
                    client.submit(request);
                    problems.add(fault + ": submit returned a handle though the answer was lost");
                } catch (SubmitOutcomeUnknownException e) {
                    if (!request.equals(e.request())) {
                        problems.add(fault + ": the exception carries another request");
                    }
                } catch (R2vException e) {
                    problems.add(fault + ": " + e.getClass().getSimpleName() + " instead of SubmitOutcomeUnknownException: "
                            + e.getMessage());
                }
                if (emulator.createsReceived() != 1) {
                    problems.add(fault + ": " + emulator.createsReceived() + " create calls reached the vendor");
                }
            }
        }
        assertThat(problems).as("ambiguous creates handled wrongly").isEmpty();
    }

    /**
     * <b>R2V-6.2</b> A create answered HTTP 429 (the vendor refused it before taking it) is sent again
     * and succeeds: two create calls, one task, and the handle names it.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_6_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_6_2)
    default void required_R2V_6_2_retriesAThrottledCreate() {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        emulator.faults().next(Operation.CREATE, Fault.status(429));
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        assertThat(emulator.createsReceived()).as("create calls").isEqualTo(2);
        assertThat(emulator.tasks()).as("tasks created").extracting(TaskState::id).containsExactly(handle.taskId());
    }

    /**
     * <b>R2V-6.3</b> Status calls that fail (broken connections, 429, 5xx), up to three in a row, are
     * retried and the wait still ends with the video.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_6_3}.
     */
    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_6_3)
    default void required_R2V_6_3_retriesFailedStatusCalls(@ForAll("kitStatusFaults") Fault fault,
            @ForAll @IntRange(min = 1, max = 3) int times) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        Duration queued = Duration.ofMillis((long) (30 * KitSession.SPEED));
        emulator.scriptNextTask(StatusScript.builder().queued(queued).endsWith(Outcome.succeeded()));
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        emulator.faults().times(Operation.STATUS, times, fault);
        GeneratedVideo video = s.client().await(handle, AwaitOptions.defaults());
        assertThat(video.url()).as("the video URL").isEqualTo(emulator.task(handle.taskId()).orElseThrow().videoUrl());
        assertThat(emulator.journal().of(Operation.STATUS)).as("status calls").hasSizeGreaterThan(times);
    }

    /**
     * <b>R2V-6.4</b> Driven above its account's limits, with budgets on (the default), the provider and the
     * engine keep to the limits the provider declares: one and a half times as many creates as the account
     * allows in a second, plus one, sent at once, each task then polled every 5 ms, against a second emulator
     * enforcing the vendor's documented limits (where its protocol documents none, the declared ones): no
     * call is throttled, one create per task, every video arrives.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_6_4}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_6_4, requires = Requirement.DOCUMENTED_LIMITS)
    default void optional_R2V_6_4_keepsToTheAccountsLimits() {
        KitSession s = session();
        AccountLimits declared = s.capabilities().accountLimits();
        List<String> problems = new ArrayList<>();
        try (Emulator emulator = s.limitedEmulator(enforced(declared));
                R2vClient client = s.newClient(b -> b.baseUrl(emulator.baseUrl()).budgets(true)
                        .budget(AccountBudget.create()).awaitTimeout(Duration.ofSeconds(60)))) {
            double perSecond = Math.min(declared.createsPerSecond(), emulator.accountLimits().createsPerSecond());
            int creates = (int) Math.ceil(1.5 * perSecond) + 1;
            List<CompletableFuture<GeneratedVideo>> videos = new ArrayList<>();
            for (int i = 0; i < creates; i++) {
                videos.add(client.generateAsync(KitRequests.minimal(s.capabilities()), AwaitOptions.defaults()));
            }
            for (CompletableFuture<GeneratedVideo> video : videos) {
                try {
                    video.get(90, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    problems.add("a generate failed: " + e.getCause());
                } catch (InterruptedException | TimeoutException e) {
                    problems.add("a generate did not end within 90 s");
                }
            }
            AccountActivity account = emulator.account();
            if (account.throttled() > 0) {
                problems.add(account.throttled() + " calls throttled by the vendor's limits (" + account.limits()
                        + "): creates " + account.of(Operation.CREATE) + ", status " + account.of(Operation.STATUS)
                        + "; the provider declares " + declared.describe());
            }
            if (emulator.createsReceived() != creates) {
                problems.add(emulator.createsReceived() + " create calls for " + creates + " tasks");
            }
        }
        assertThat(problems).as("calls above the account's limits").isEmpty();
    }

    /** The emulator's limits matching a declaration, for vendors whose protocol documents none. */
    private static dev.wanr2v.testkit.emulator.AccountLimits enforced(AccountLimits declared) {
        int unlimited = dev.wanr2v.testkit.emulator.AccountLimits.UNLIMITED;
        return new dev.wanr2v.testkit.emulator.AccountLimits((int) Math.max(1, Math.floor(declared.createsPerSecond())),
                (int) Math.max(1, Math.floor(declared.queriesPerSecond())),
                declared.runningTasks() == 0 ? unlimited : declared.runningTasks(),
                declared.vendorQueue() ? unlimited : 0);
    }
}
