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
 * Heap held while a 100 MB video is written as a data URI, by each way of
 * {@link StreamingEncodingBenchmark}, in a fork whose whole heap is {@value #HEAP} (finishing at all
 * shows the peak stayed below it). Half-way through the stream the heap is collected and measured;
 * the growth over the settled heap before the write is reported per write.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms" + StreamingHeapBenchmark.HEAP, "-Xmx" + StreamingHeapBenchmark.HEAP})
@Warmup(iterations = 1)
@Measurement(iterations = 4)
@State(Scope.Benchmark)
public class StreamingHeapBenchmark {
    /** The fork's heap: the target bound on heap growth at 100 MB. */
    static final String HEAP = "16m";

    @Param({"dataUri", "wan26apiBody", "base64Wrap"})
    public String way;

    private Path dir;
    private EncodingPaths paths;

    /** The heap a write holds, in bytes, measured half-way. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Growth {
        public long heapGrowthBytes;
    }

    @Setup(Level.Trial)
    public void createFile() throws IOException {
        dir = Files.createTempDirectory("wan-r2v-bench-heap");
        paths = new EncodingPaths(MediaFiles.random(dir, "video.mp4", 100 * MediaFiles.MB));
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        MediaFiles.delete(dir);
    }

    /** Writes the 100 MB video once by {@link #way}, measuring the settled heap half-way. */
    @Benchmark
    public long write(Growth growth) throws IOException {
        long before = HeapProbe.settledUsedBytes();
        long[] during = new long[1];
        CountingSink sink = new CountingSink(paths.dataUriLength() / 2, () -> during[0] = HeapProbe.settledUsedBytes());
        switch (way) {
            case "dataUri" -> paths.dataUri(sink);
            case "wan26apiBody" -> paths.wan26apiBody(sink);
            case "base64Wrap" -> paths.base64Wrap(sink);
            default -> throw new IllegalArgumentException(way);
        }
        growth.heapGrowthBytes = during[0] - before;
        return sink.count();
    }
}
