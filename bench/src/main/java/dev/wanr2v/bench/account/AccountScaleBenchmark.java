package dev.wanr2v.bench.account;

import dev.wanr2v.bench.stub.DashScopeAccountStub;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A check on {@link AccountWaitsBenchmark}'s time scale: the same 1,000-task round with budgets on, run less
 * compressed. Compressing time by k compresses the network's and the machine's delays alike in the vendor's
 * eyes, k times longer; a figure that changes with k is the scale's, not the engine's.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class AccountScaleBenchmark {
    @Param({"1000"})
    public int tasks;

    @Param({"10"})
    public double scale;

    private DashScopeAccountStub stub;

    @Setup(Level.Trial)
    public void startStub() throws Exception {
        stub = DashScopeAccountStub.start();
    }

    @TearDown(Level.Trial)
    public void stopStub() {
        stub.close();
    }

    /** Awaits every task of one round, budgets on. */
    @Benchmark
    public RoundResult budgets(AccountMetrics metrics) throws Exception {
        RoundResult r = AccountRound.run(stub, tasks, new EngineWaits(true, i -> true), scale);
        metrics.fill(r);
        return r;
    }
}
