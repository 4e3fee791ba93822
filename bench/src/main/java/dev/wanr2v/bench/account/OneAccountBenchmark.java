package dev.wanr2v.bench.account;

import dev.wanr2v.bench.stub.DashScopeAccountStub;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the account benchmarks share (JMH inherits the annotations and the set-up): one round per fork, a
 * single shot (a round is minutes of wall time; its figures are distributions over its tasks), against one
 * {@link DashScopeAccountStub} started for the trial.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public abstract class OneAccountBenchmark {
    /** The account, for the trial. */
    protected DashScopeAccountStub stub;

    @Setup(Level.Trial)
    public void startStub() throws Exception {
        stub = DashScopeAccountStub.start();
    }

    @TearDown(Level.Trial)
    public void stopStub() {
        stub.close();
    }
}
