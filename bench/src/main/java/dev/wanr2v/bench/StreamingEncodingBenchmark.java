package dev.wanr2v.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Time to write a 10 MB or 100 MB local video (random bytes) as a base64 data URI into a discarding
 * stream, by the engine's streaming path (alone, and inside the wan26api codec's JSON body) against
 * the JDK's {@code Base64.getEncoder().wrap(out)} fed by {@code Files.copy} (the baseline); plus an
 * experiment writing that JSON body with the URI's bytes copied straight through. Run with
 * {@code -prof gc} for the bytes allocated per write.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class StreamingEncodingBenchmark {
    @Param({"10", "100"})
    public int megabytes;

    private Path dir;
    private EncodingPaths paths;

    @Setup(Level.Trial)
    public void createFile() throws IOException {
        dir = Files.createTempDirectory("wan-r2v-bench-encoding");
        paths = new EncodingPaths(MediaFiles.random(dir, "video.mp4", megabytes * MediaFiles.MB));
        requireLength("dataUri", write(paths::dataUri), paths.dataUriLength());
        requireLength("base64Wrap", write(paths::base64Wrap), paths.dataUriLength());
        if (write(paths::wan26apiBody) <= paths.dataUriLength()) {
            throw new IllegalStateException("the wan26api body is shorter than the data URI it should hold");
        }
    }

    private interface Writer {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private static long write(Writer writer) throws IOException {
        CountingSink sink = new CountingSink();
        writer.writeTo(sink);
        return sink.count();
    }

    private static void requireLength(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(what + " wrote " + actual + " bytes, expected " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        MediaFiles.delete(dir);
    }

    /** The engine's {@code DataUriSource.openStream()} copied into the sink. */
    @Benchmark
    public long dataUri() throws IOException {
        return write(paths::dataUri);
    }

    /** The wan26api codec's create body holding the video as a streamed data URI (Jackson, reader of the URI). */
    @Benchmark
    public long wan26apiBody() throws IOException {
        return write(paths::wan26apiBody);
    }

    /** Baseline: {@code Files.copy(file, Base64.getEncoder().wrap(sink))} after the data URI prefix. */
    @Benchmark
    public long base64Wrap() throws IOException {
        return write(paths::base64Wrap);
    }
}
