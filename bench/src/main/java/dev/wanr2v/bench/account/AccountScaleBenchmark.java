package dev.wanr2v.bench.account;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * A check on {@link AccountWaitsBenchmark}'s time scale: the same 1,000-task round with budgets on, run less
 * compressed. Compressing time by k compresses the network's and the machine's delays alike in the vendor's
 * eyes, k times longer; a figure that changes with k is the scale's, not the engine's.
 */
public class AccountScaleBenchmark extends OneAccountBenchmark {
    @Param({"1000"})
    public int tasks;

    @Param({"10"})
    public double scale;

    /** Awaits every task of one round, budgets on. */
    @Benchmark
    public RoundResult budgets(AccountMetrics metrics) throws Exception {
        RoundResult r = AccountRound.run(stub, tasks, new EngineWaits(true, i -> true), scale);
        metrics.fill(r);
        return r;
    }
}
