package dev.wanr2v.bench;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.testing.ScriptedProvider;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * Many tasks awaited at once by one client against a loopback stub whose tasks each run for
 * {@link #SCRIPTED} seconds. Reports, besides the wall time of one round (the score), the peak number
 * of live library threads, the heap held per waiting task, and the wall time over the scripted duration.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class ConcurrentWaitsBenchmark {
    static final Duration SCRIPTED = Duration.ofSeconds(10);

    @Param({"100", "1000", "10000"})
    public int tasks;

    private LoopbackStub stub;

    /** Secondary results, per round. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Metrics {
        /** Highest number of live wan-r2v threads seen during the round. */
        public long peakLibraryThreads;
        /** Heap retained per waiting task, in bytes (after GC, all tasks waiting). */
        public long heapBytesPerWaitingTask;
        /** Wall time of the round over the scripted task duration, x1000. */
        public long wallOverScriptedPermille;
    }

    @Setup(Level.Trial)
    public void startStub() throws Exception {
        stub = new LoopbackStub(SCRIPTED, 2);
    }

    @TearDown(Level.Trial)
    public void stopStub() {
        stub.close();
    }

    @Benchmark
    public long awaitAll(Metrics metrics) throws Exception {
        try (R2vClient client = R2v.builder().provider(new ScriptedProvider()).apiKey("sk-bench")
                .baseUrl(stub.baseUrl()).systemProperties(new Properties()).environment(Map.of())
                .pollPolicy(new PollPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, 0.2)).build()) {
            AtomicLong peak = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    peak.accumulateAndGet(libraryThreads(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            sampler.setDaemon(true);
            sampler.start();

            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();
            String run = Long.toString(System.nanoTime(), 36);
            List<CompletableFuture<GeneratedVideo>> waits = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                TaskHandle h = new TaskHandle("scripted", run + "-" + i, stub.baseUrl(), Instant.now());
                waits.add(client.awaitAsync(h, AwaitOptions.defaults()));
            }
            Thread.sleep(500);
            long heapWaiting = usedHeapAfterGc();
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            sampling.set(false);
            sampler.join();

            metrics.peakLibraryThreads = peak.get();
            metrics.heapBytesPerWaitingTask = Math.max(0, (heapWaiting - heapBefore) / tasks);
            metrics.wallOverScriptedPermille = wall * 1000 / SCRIPTED.toNanos();
            return wall;
        }
    }

    static long libraryThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("wan-r2v-")).count();
    }

    static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
