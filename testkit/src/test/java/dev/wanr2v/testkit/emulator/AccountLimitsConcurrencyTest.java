package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many clients at once, on a clock that stands still while they call: the limits hold exactly, whatever
 * the interleaving (counts, not timings).
 */
class AccountLimitsConcurrencyTest {
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final String BODY = Http.resource("dashscope-003-create.json");
    private static final int THREADS = 8;
    private static final int CALLS_EACH = 10;

    @RepeatedTest(3)
    void concurrentClientsGetExactlyTheAccountsQuota() throws Exception {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulators.start("dashscope", EmulatorOptions.defaults().withClock(clock)
                .withAccountLimits(AccountLimits.of(30, 20, 5)))) {
            List<Integer> creates = callConcurrently(k -> Http.to(emulator).bearer("sk-" + k)
                    .header("X-DashScope-Async", "enable").post(CREATE, BODY).statusCode());
            List<Integer> queries = callConcurrently(k -> Http.to(emulator).bearer("sk-" + k)
                    .get("/api/v1/tasks/unknown-" + k).statusCode());

            assertThat(creates).filteredOn(s -> s == 200).hasSize(30);
            assertThat(creates).filteredOn(s -> s == 429).hasSize(THREADS * CALLS_EACH - 30);
            assertThat(queries).filteredOn(s -> s == 200).hasSize(20);
            assertThat(queries).filteredOn(s -> s == 429).hasSize(THREADS * CALLS_EACH - 20);
            AccountActivity account = emulator.account();
            assertThat(account.of(Operation.CREATE))
                    .isEqualTo(new AccountActivity.Calls(THREADS * CALLS_EACH, THREADS * CALLS_EACH - 30, 80));
            assertThat(account.of(Operation.STATUS).throttled()).isEqualTo(THREADS * CALLS_EACH - 20);
            assertThat(emulator.tasksCreated()).isEqualTo(30);
            assertThat(account.running()).isEqualTo(5);
            assertThat(account.queued()).isEqualTo(25);

            clock.advance(Duration.ofMinutes(1)); // 2.5 s per task, 5 at a time: 15 s for all 30
            assertThat(emulator.tasks()).allSatisfy(t -> assertThat(t.isTerminal()).isTrue());
            assertThat(emulator.account().mostRunning()).isEqualTo(5);
            assertThat(emulator.account().running()).isZero();
        }
    }

    private interface Call {
        int status(int client) throws Exception;
    }

    private static List<Integer> callConcurrently(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int client = t;
                futures.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < CALLS_EACH; i++) {
                        statuses.add(call.status(client));
                    }
                    return statuses;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
