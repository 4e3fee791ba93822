package dev.wanr2v.bench;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.internal.media.CheckedMedia;
import dev.wanr2v.internal.media.CountingChannel;
import dev.wanr2v.internal.media.Inspection;
import dev.wanr2v.internal.media.MediaChecks;
import dev.wanr2v.internal.media.MediaInspector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
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
 * Inspection of a 100 MB MP4 whose {@code moov} sits at the end (a sparse file, 12.5 s): time and
 * bytes read by {@code MediaInspector} (through a {@code CountingChannel}) and by the whole
 * {@code MediaChecks} path, against reading the file once with a {@code FileChannel} loop (the
 * baseline; the file's pages are cached, so this is the cheapest possible full read).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 6, time = 1)
@State(Scope.Benchmark)
public class MediaInspectionBenchmark {
    static final long SIZE = 100 * MediaFiles.MB;

    private Path dir;
    private Path video;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);

    /** Bytes and read calls of the last operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Reads {
        public long bytesRead;
        public long readCalls;
    }

    @Setup(Level.Trial)
    public void createVideo() throws IOException {
        dir = Files.createTempDirectory("wan-r2v-bench-inspection");
        video = MediaFiles.sparseMp4WithMoovAtEnd(dir, "moov-at-end.mp4", SIZE);
        try (FileChannel channel = FileChannel.open(video, StandardOpenOption.READ)) {
            Inspection i = MediaInspector.inspect(channel);
            if (!(i instanceof Inspection.Recognised r) || r.info().durationSeconds() != 12.5) {
                throw new IllegalStateException("the sparse MP4 was not recognised as a 12.5 s video: " + i);
            }
        }
        if (!MediaChecks.inspect("references[0]", MediaKind.VIDEO, MediaSource.file(video)).passes()) {
            throw new IllegalStateException("the sparse MP4 does not pass MediaChecks");
        }
    }

    @TearDown(Level.Trial)
    public void deleteVideo() throws IOException {
        MediaFiles.delete(dir);
    }

    /** {@code MediaInspector.inspect} over a counting channel on the file (open and close included). */
    @Benchmark
    public Inspection inspect(Reads reads) throws IOException {
        try (CountingChannel channel = new CountingChannel(FileChannel.open(video, StandardOpenOption.READ))) {
            Inspection inspection = MediaInspector.inspect(channel);
            reads.bytesRead = channel.bytesRead();
            reads.readCalls = channel.reads();
            return inspection;
        }
    }

    /** {@code MediaChecks.inspect}: attributes, open, inspect, the media rules (what validation runs per file). */
    @Benchmark
    public CheckedMedia mediaChecks() {
        return MediaChecks.inspect("references[0]", MediaKind.VIDEO, MediaSource.file(video));
    }

    /** Baseline: every byte of the file read once through a {@code FileChannel} into a 64 KB direct buffer. */
    @Benchmark
    public long readWholeFile(Reads reads) throws IOException {
        long total = 0;
        long calls = 0;
        try (FileChannel channel = FileChannel.open(video, StandardOpenOption.READ)) {
            int n;
            while ((n = channel.read(buffer.clear())) >= 0) {
                total += n;
                calls++;
            }
        }
        reads.bytesRead = total;
        reads.readCalls = calls;
        return total;
    }
}
