package dev.wanr2v.bench.account;

import java.util.function.IntConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Issue 14 item 8, last line: two clients of one account, each with a budget of its own (as two processes would
 * have) set to the account's whole 20 queries/s, await half of the round's tasks each (even and odd ones). Only
 * the vendor's throttling tells each about the other; the target is that together they settle at no more than
 * 2 % throttled calls.
 */
public class SharedAccountBenchmark extends OneAccountBenchmark {
    @Param({"1000"})
    public int tasks;

    /** Awaits every task of one round with two clients. */
    @Benchmark
    public RoundResult twoClients(AccountMetrics metrics) throws Exception {
        TwoClients two = new TwoClients();
        RoundResult r = AccountRound.run(stub, tasks, two, AccountRound.SCALE);
        metrics.fill(r);
        metrics.endRateA = two.endRateA;
        metrics.endRateB = two.endRateB;
        return r;
    }

    /** Two clients, two budgets, one account. */
    private static final class TwoClients implements Waits {
        final EngineWaits a = new EngineWaits(true, i -> i % 2 == 0);
        final EngineWaits b = new EngineWaits(true, i -> i % 2 == 1);
        double endRateA;
        double endRateB;

        @Override
        public void open(AccountRound round) {
            a.open(round);
            b.open(round);
        }

        @Override
        public void start(AccountRound round, IntConsumer seen, IntConsumer failed) {
            a.start(round, seen, failed);
            b.start(round, seen, failed);
        }

        @Override
        public void close() {
            endRateA = a.stats().queryRate();
            endRateB = b.stats().queryRate();
            a.close();
            b.close();
        }
    }
}
