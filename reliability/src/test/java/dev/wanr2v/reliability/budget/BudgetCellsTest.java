package dev.wanr2v.reliability.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.AccountBudget;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.reliability.support.LeakCheck;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Secrets;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The budget cells: what the account's budget does under throttling, for every provider, through the public
 * API with budgets on (the fault matrix runs with them off). Each cell's client has a budget of its own, so
 * no cell inherits another's slow-down. The table below is in docs/RELIABILITY.md word for word.
 */
class BudgetCellsTest {
    /** The cells as RELIABILITY.md lists them. */
    static final List<String> CELLS = List.of(
            "| 429 storm on create | 8 creates answered 429, 6 creates sent at once | all 6 succeed; 14 creates reached the"
                    + " vendor, 6 tasks made; 8 throttled calls counted; no exception | a 429 is \"not accepted\": the"
                    + " create waits for budget and goes again, never failing after a few attempts |",
            "| 429 storm on status | 10 status calls answered 429, 3 waits | all 3 videos arrive; 10 throttled calls"
                    + " counted | the query budget slows down, the waits ride it out |",
            "| Retry-After longer than the deadline | a create answered 429 with Retry-After: 60, submit deadline 5 s |"
                    + " RateLimitedException at once, retryAfter() 60 s; 1 create sent, no task | waiting would only"
                    + " reach the deadline |",
            "| budget exhausted at close | 0.05 creates/s, 4 creates sent at once, the client closed while 3 wait |"
                    + " 1 task; the 3 fail with RateLimitedException (\"nothing was created\"); 1 create sent; every"
                    + " thread gone | a waiting create was never sent: it fails at once, the close does not wait for it |");

    private static final List<Rig> RIGS = new ArrayList<>();

    @BeforeAll
    static void start() {
        for (Vendor vendor : Vendor.values()) {
            RIGS.add(Rig.start(vendor));
        }
    }

    @AfterAll
    static void stop() {
        RIGS.forEach(Rig::close);
    }

    /** A client with budgets on, a budget of its own, fast creates and queries. */
    private static R2vClient client(Rig rig, UnaryOperator<R2v.Builder> customize) {
        rig.reset();
        return customize.apply(rig.builder(rig.emulator().baseUrl()).budgets(true).budget(AccountBudget.create())
                .createRate(400).queryRate(400).submitTimeout(Duration.ofSeconds(30))
                .awaitTimeout(Duration.ofSeconds(30))).build();
    }

    @Test
    void aStormOf429OnCreateIsRiddenOut() throws Exception {
        for (Rig rig : RIGS) {
            Set<String> threads = LeakCheck.libraryThreads();
            R2vClient client = client(rig, b -> b);
            rig.emulator().faults().times(Operation.CREATE, 8, Fault.status(429));
            List<CompletableFuture<TaskHandle>> creates = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                creates.add(client.submitAsync(rig.vendor().request("storm-" + i)));
            }
            CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(rig.emulator().createsReceived()).as("%s: creates at the vendor", rig.vendor()).isEqualTo(14);
            assertThat(rig.emulator().tasksCreated()).as("%s: tasks", rig.vendor()).isEqualTo(6);
            assertThat(client.budgetStats().throttled()).isEqualTo(8);
            assertThat(client.budgetStats().creates()).isEqualTo(14);
            LeakCheck.assertIdle(client);
            LeakCheck.closeAndAssertClean(client, threads);
        }
    }

    @Test
    void aStormOf429OnStatusIsRiddenOut() throws Exception {
        for (Rig rig : RIGS) {
            Set<String> threads = LeakCheck.libraryThreads();
            R2vClient client = client(rig, b -> b);
            List<CompletableFuture<GeneratedVideo>> waits = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                TaskHandle handle = client.submit(rig.vendor().request("wait-" + i));
                if (i == 0) {
                    rig.emulator().faults().times(Operation.STATUS, 10, Fault.status(429));
                }
                waits.add(client.awaitAsync(handle, AwaitOptions.defaults()));
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(client.budgetStats().throttled()).as("%s: throttled status calls", rig.vendor()).isEqualTo(10);
            LeakCheck.assertIdle(client);
            LeakCheck.closeAndAssertClean(client, threads);
        }
    }

    @Test
    void aRetryAfterLongerThanTheDeadlineFailsAtOnce() throws Exception {
        for (Rig rig : RIGS) {
            Set<String> threads = LeakCheck.libraryThreads();
            R2vClient client = client(rig, b -> b.submitTimeout(Duration.ofSeconds(5)));
            rig.emulator().faults().times(Operation.CREATE, 1, Fault.throttled(Duration.ofSeconds(60)));

            Throwable e = failure(client.submitAsync(rig.vendor().request("patient")));

            assertThat(e).as("%s", rig.vendor()).isInstanceOf(RateLimitedException.class)
                    .hasMessageContaining("Retry-After").hasMessageNotContaining(Secrets.API_KEY);
            assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(60));
            assertThat(rig.emulator().createsReceived()).isEqualTo(1);
            assertThat(rig.emulator().tasksCreated()).isZero();
            LeakCheck.closeAndAssertClean(client, threads);
        }
    }

    @Test
    void closingWhileCreatesWaitForBudgetEndsThemAtOnce() throws Exception {
        for (Rig rig : RIGS) {
            Set<String> threads = LeakCheck.libraryThreads();
            R2vClient client = client(rig, b -> b.createRate(0.05));
            List<CompletableFuture<TaskHandle>> creates = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                creates.add(client.submitAsync(rig.vendor().request("closing-" + i)));
            }
            creates.get(0).get(30, TimeUnit.SECONDS);
            LeakCheck.eventually(() -> client.budgetStats().waitingCreates() == 3,
                    () -> rig.vendor() + ": creates waiting " + client.budgetStats().waitingCreates());

            LeakCheck.closeAndAssertClean(client, threads);

            for (CompletableFuture<TaskHandle> waiting : creates.subList(1, 4)) {
                assertThat(failure(waiting)).as("%s", rig.vendor()).isInstanceOf(RateLimitedException.class)
                        .hasMessageContaining("nothing was created");
            }
            assertThat(rig.emulator().createsReceived()).isEqualTo(1);
            assertThat(rig.emulator().tasksCreated()).isEqualTo(1);
        }
    }

    @Test
    void reliabilityMdListsEveryCell() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "RELIABILITY.md"));
        for (String cell : CELLS) {
            assertThat(doc).contains(cell);
        }
    }

    private static Throwable failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(60, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
