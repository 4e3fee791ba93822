package dev.wanr2v.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The ways of {@link StreamingEncodingBenchmark} run in turn, in a random order each round, over the
 * same 10 MB or 100 MB file: the engine's data URI stream, the wan26api JSON body, the direct-bytes
 * experiment, and the JDK's {@code Base64} stream (the baseline). A shared machine's changing load
 * then weighs on every way alike, so per-iteration throughput ratios hold where absolute times drift.
 * The score is the time of one round; {@link Shares} holds each way's wall time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@State(Scope.Benchmark)
public class StreamingInterleavedBenchmark {
    @Param({"10", "100"})
    public int megabytes;

    private Path dir;
    private EncodingPaths paths;

    /** Wall nanoseconds spent in each way during one iteration, and the rounds run. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Shares {
        public long rounds;
        public long dataUriNanos;
        public long wan26apiBodyNanos;
        public long base64WrapNanos;
        final int[] order = {0, 1, 2};
    }

    @Setup(Level.Trial)
    public void createFile() throws IOException {
        dir = Files.createTempDirectory("wan-r2v-bench-interleaved");
        paths = new EncodingPaths(MediaFiles.random(dir, "video.mp4", megabytes * MediaFiles.MB));
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        MediaFiles.delete(dir);
    }

    /** One round: the file written once by every way, in a fresh random order. */
    @Benchmark
    public long round(Shares s) throws IOException {
        RoundOrder.shuffle(s.order);
        long bytes = 0;
        for (int way : s.order) {
            CountingSink sink = new CountingSink();
            long t = System.nanoTime();
            switch (way) {
                case 0 -> paths.dataUri(sink);
                case 1 -> paths.wan26apiBody(sink);
                default -> paths.base64Wrap(sink);
            }
            long elapsed = System.nanoTime() - t;
            switch (way) {
                case 0 -> s.dataUriNanos += elapsed;
                case 1 -> s.wan26apiBodyNanos += elapsed;
                default -> s.base64WrapNanos += elapsed;
            }
            bytes += sink.count();
        }
        s.rounds++;
        return bytes;
    }
}
