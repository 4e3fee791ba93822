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
 * Issue 14 item 8: {@code tasks} tasks awaited at once against one DashScope account that allows 20 status
 * calls a second and runs 5 tasks at once (the rest queued), in {@link AccountRound}'s scaled time, by four ways
 * of waiting: this library with budgets on and off, fixed 5 s polling per task, and the official DashScope
 * SDK. One round per fork (a round is minutes of wall time; its figures are distributions over its tasks).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class AccountWaitsBenchmark {
    @Param({"1000", "10000"})
    public int tasks;

    @Param({"budgets", "noBudgets", "fixed5s", "dashscopeSdk"})
    public String way;

    private DashScopeAccountStub stub;

    @Setup(Level.Trial)
    public void startStub() throws Exception {
        stub = DashScopeAccountStub.start();
    }

    @TearDown(Level.Trial)
    public void stopStub() {
        stub.close();
    }

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
