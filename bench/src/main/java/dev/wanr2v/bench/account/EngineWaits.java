package dev.wanr2v.bench.account;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.BudgetStats;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.internal.engine.BenchEngineClients;
import dev.wanr2v.provider.dashscope.DashScopeProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * This library: one client of the real DashScope provider, every setting at its default but the budgets switch
 * and a long wait deadline, awaiting its tasks with {@code awaitAsync}. Its clock and timers run in the round's
 * virtual time; with budgets on, the budget keeps to DashScope's declared 20 queries/s of that time.
 */
final class EngineWaits implements Waits {
    private final boolean budgets;
    private final IntPredicate mine;
    private R2vClient client;

    /** Waits for the tasks {@code mine} accepts, with budgets on or off. */
    EngineWaits(boolean budgets, IntPredicate mine) {
        this.budgets = budgets;
        this.mine = mine;
    }

    @Override
    public void open(AccountRound round) {
        R2v.Builder builder = R2v.builder().provider(new DashScopeProvider()).apiKey(AccountRound.API_KEY)
                .baseUrl(round.stub.baseUrl()).systemProperties(new Properties()).environment(Map.of())
                .budgets(budgets).awaitTimeout(Duration.ofDays(7));
        client = BenchEngineClients.onScheduler(builder, new ScaledScheduler(round.time));
    }

    @Override
    public void start(AccountRound round, IntConsumer seen, IntConsumer failed) {
        String endpoint = BenchEngineClients.endpoint(client);
        for (int i = 0; i < round.tasks; i++) {
            if (!mine.test(i)) {
                continue;
            }
            int task = i;
            TaskHandle handle = new TaskHandle("dashscope", round.taskId(i), endpoint, round.submittedAt(i));
            client.awaitAsync(handle, AwaitOptions.defaults()).whenComplete((video, error) -> {
                if (error == null) {
                    seen.accept(task);
                } else {
                    failed.accept(task);
                }
            });
        }
    }

    /** The client's budget counters. */
    BudgetStats stats() {
        return client.budgetStats();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
