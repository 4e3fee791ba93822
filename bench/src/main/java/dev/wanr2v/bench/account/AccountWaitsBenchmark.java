package dev.wanr2v.bench.account;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Issue 14 item 8: {@code tasks} tasks awaited at once against one DashScope account that allows 20 status
 * calls a second and runs 5 tasks at once (the rest queued), in {@link AccountRound}'s scaled time, by four ways
 * of waiting: this library with budgets on and off, fixed 5 s polling per task, and the official DashScope
 * SDK. One round per fork (a round is minutes of wall time; its figures are distributions over its tasks).
 */
public class AccountWaitsBenchmark extends OneAccountBenchmark {
    @Param({"1000", "10000"})
    public int tasks;

    @Param({"budgets", "noBudgets", "fixed5s", "dashscopeSdk"})
    public String way;

    /** Awaits every task of one round. */
    @Benchmark
    public RoundResult round(AccountMetrics metrics) throws Exception {
        RoundResult r = AccountRound.run(stub, tasks, waits(way), AccountRound.SCALE);
        metrics.fill(r);
        return r;
    }

    static Waits waits(String way) {
        return switch (way) {
            case "budgets" -> new EngineWaits(true, i -> true);
            case "noBudgets" -> new EngineWaits(false, i -> true);
            case "fixed5s" -> new FixedIntervalWaits();
            case "dashscopeSdk" -> new DashScopeSdkWaits();
            default -> throw new IllegalArgumentException("unknown way: " + way);
        };
    }
}
