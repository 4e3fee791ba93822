package dev.wanr2v.bench;

import dev.wanr2v.TaskSnapshot;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one create plus one status call (each waited for) against a loopback stub: through
 * wan-r2v, and by hand with raw Apache HttpClient 5 async sending the same bytes to the same stub in
 * the same JVM ({@link PerCallFixture}). Each way runs alone here (time, CPU and allocation per
 * call); {@link PerCallInterleavedBenchmark} runs them call by call in turn, for ratios that a shared
 * machine's changing load affects alike.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
public class PerCallOverheadBenchmark {

    /** wan-r2v with the scripted test provider as it is: body in memory, every field read with a regular expression. */
    @Benchmark
    public TaskSnapshot library(PerCallFixture f, CpuMeter cpu) {
        TaskSnapshot snapshot = f.scripted.status(f.scripted.submit(f.request));
        cpu.count();
        return snapshot;
    }

    /**
     * wan-r2v with a lean codec of the same protocol (same bytes on the wire, body in memory, answers
     * scanned once), as real provider codecs are written: the engine's own cost.
     */
    @Benchmark
    public TaskSnapshot libraryLeanCodec(PerCallFixture f, CpuMeter cpu) {
        TaskSnapshot snapshot = f.lean.status(f.lean.submit(f.request));
        cpu.count();
        return snapshot;
    }

    /** Baseline: raw HttpClient 5 async, the same two calls with the same bytes, body sent with a fixed length. */
    @Benchmark
    public String raw(PerCallFixture f, CpuMeter cpu) throws Exception {
        String answer = f.raw.submitAndStatus(false);
        cpu.count();
        return answer;
    }

    /** Context: raw HttpClient 5 async with the create body sent chunked (what a streamed body costs on the wire). */
    @Benchmark
    public String rawChunked(PerCallFixture f, CpuMeter cpu) throws Exception {
        String answer = f.raw.submitAndStatus(true);
        cpu.count();
        return answer;
    }
}
