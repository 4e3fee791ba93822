package dev.wanr2v.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ways of {@link PerCallOverheadBenchmark} (wan-r2v with the scripted codec and with the lean
 * codec; raw HttpClient with a fixed-length and a chunked body) plus an experiment on the engine's
 * hand-off of answers to its workers (raw with that hand-off added), run in turn,
 * create plus status each, in a random order every round, against the same stub. A shared machine's
 * changing load then weighs on every way alike, so their ratios hold where absolute times drift. The
 * score is the time of one round; {@link Shares} holds each way's wall time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 15, time = 3)
public class PerCallInterleavedBenchmark {
    /** Wall nanoseconds spent in each way during one iteration, and the rounds run. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Shares {
        public long rounds;
        public long libraryNanos;
        public long libraryLeanCodecNanos;
        public long rawNanos;
        public long rawChunkedNanos;
        public long rawWithHandOffNanos;
        final int[] order = {0, 1, 2, 3, 4};
    }

    /** One round: every way once, create plus status, in a fresh random order. */
    @Benchmark
    public int round(PerCallFixture f, Shares s) throws Exception {
        RoundOrder.shuffle(s.order);
        int length = 0;
        for (int way : s.order) {
            long t = System.nanoTime();
            length += call(f, way);
            long elapsed = System.nanoTime() - t;
            switch (way) {
                case 0 -> s.libraryNanos += elapsed;
                case 1 -> s.libraryLeanCodecNanos += elapsed;
                case 2 -> s.rawNanos += elapsed;
                case 3 -> s.rawChunkedNanos += elapsed;
                default -> s.rawWithHandOffNanos += elapsed;
            }
        }
        s.rounds++;
        return length;
    }

    private static int call(PerCallFixture f, int way) throws Exception {
        return switch (way) {
            case 0 -> f.scripted.status(f.scripted.submit(f.request)).rawStatus().length();
            case 1 -> f.lean.status(f.lean.submit(f.request)).rawStatus().length();
            case 2 -> f.raw.submitAndStatus(false).length();
            case 3 -> f.raw.submitAndStatus(true).length();
            default -> f.raw.submitAndStatus(false, f.handOff).length();
        };
    }
}
