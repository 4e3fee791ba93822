package dev.wanr2v.bench;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.bench.stub.LoopbackStub;
import dev.wanr2v.testing.ScriptedProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * Wall time of one round in which one client awaits {@code tasks} tasks at once, each scripted by the
 * loopback stub to run for {@link #SCRIPTED} (polled every 1 to 2 s), against that scripted duration.
 * Secondary results per round: peak live library threads, the settled heap held per waiting task
 * (right after every wait is registered, and half-way while polls are in flight), stub requests per task.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ConcurrentWaitsBenchmark {
    static final Duration SCRIPTED = Duration.ofSeconds(10);
    static final PollPolicy POLL = new PollPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, 0.2);

    @Param({"100", "1000", "10000"})
    public int tasks;

    private LoopbackStub server;
    private R2vClient client;

    /** Secondary results of one round (JMH sums them over iterations; the report reads each round). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Metrics {
        /** Highest number of live threads named {@code wan-r2v-…} during the round. */
        public long peakLibraryThreads;
        /** Settled heap growth per task right after all waits were registered, in bytes. */
        public double heapBytesPerWaitRegistered;
        /** Settled heap growth per task half-way through the scripted time, polls in flight, in bytes. */
        public double heapBytesPerWaitPolling;
        /** Wall time of the round over the scripted task duration. */
        public double wallOverScripted;
        /** Status requests the stub answered per task. */
        public double pollsPerTask;
    }

    @Setup(Level.Trial)
    public void startStub() throws Exception {
        server = LoopbackStub.start();
    }

    @Setup(Level.Iteration)
    public void openClient() {
        client = BenchClients.client(new ScriptedProvider(), server.baseUrl(), POLL);
    }

    @TearDown(Level.Iteration)
    public void closeClient() {
        client.close();
    }

    @TearDown(Level.Trial)
    public void stopStub() {
        server.close();
    }

    /** Awaits every task of one round; returns the wall time in nanoseconds. */
    @Benchmark
    public long awaitAll(Metrics metrics) throws Exception {
        long requestsBefore = server.requests();
        try (ThreadPeak threads = ThreadPeak.start("wan-r2v-")) {
            long heapBefore = HeapProbe.settledUsedBytes();
            long start = System.nanoTime();
            long startMillis = System.currentTimeMillis();
            long endMillis = startMillis + SCRIPTED.toMillis();
            List<CompletableFuture<GeneratedVideo>> waits = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                TaskHandle handle = new TaskHandle("scripted", LoopbackStub.scriptedTaskId(startMillis, endMillis, i),
                        server.baseUrl(), Instant.now());
                waits.add(client.awaitAsync(handle, AwaitOptions.defaults()));
            }
            long heapRegistered = HeapProbe.settledUsedBytes();
            Thread.sleep(Math.max(0, SCRIPTED.toMillis() / 2 - (System.nanoTime() - start) / 1_000_000));
            long heapPolling = HeapProbe.settledUsedBytes();
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            threads.close();

            metrics.peakLibraryThreads = threads.peak();
            metrics.heapBytesPerWaitRegistered = (double) (heapRegistered - heapBefore) / tasks;
            metrics.heapBytesPerWaitPolling = (double) (heapPolling - heapBefore) / tasks;
            metrics.wallOverScripted = (double) wall / SCRIPTED.toNanos();
            metrics.pollsPerTask = (double) (server.requests() - requestsBefore) / tasks;
            return wall;
        }
    }
}
