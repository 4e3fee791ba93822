package dev.wanr2v.reliability.support;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.testkit.MediaSamples;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Local media files for the suite, in one temporary directory deleted on close. */
public final class LocalMediaFiles implements AutoCloseable {
    /**
     * The size of {@link #largeVideo()}: far more than loopback socket buffers hold (at most 4 MiB on the
     * sender's side), yet as a data URI (16 MiB) under the 20 MB that Jackson lets one JSON string be.
     */
    public static final int LARGE_VIDEO_BYTES = 12 << 20;

    private final Path root;
    private Path image;
    private Path largeVideo;

    private LocalMediaFiles(Path root) {
        this.root = root;
    }

    /** A fresh temporary directory. */
    public static LocalMediaFiles create() {
        try {
            return new LocalMediaFiles(Files.createTempDirectory("wan-r2v-reliability-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory. */
    public Path root() {
        return root;
    }

    /** A valid 360x360 JPEG. */
    public synchronized Path image() {
        if (image == null) {
            image = write("reference.jpg", MediaSamples.bytes(MediaFormat.JPEG).orElseThrow());
        }
        return image;
    }

    /**
     * A valid 4 s MP4 of {@link #LARGE_VIDEO_BYTES}: the kit's sample followed by a {@code free} box, which
     * every reader skips (ISO/IEC 14496-12), so that its content passes inspection.
     */
    public synchronized Path largeVideo() {
        if (largeVideo == null) {
            byte[] sample = MediaSamples.bytes(MediaFormat.MP4).orElseThrow();
            int padding = LARGE_VIDEO_BYTES - sample.length;
            Path file = root.resolve("large.mp4");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(sample);
                out.write(ByteBuffer.allocate(8).putInt(padding).put(new byte[] {'f', 'r', 'e', 'e'}).array());
                byte[] zeros = new byte[1 << 20];
                for (int left = padding - 8; left > 0; left -= zeros.length) {
                    out.write(zeros, 0, Math.min(left, zeros.length));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            largeVideo = file;
        }
        return largeVideo;
    }

    /** A new empty directory inside. */
    public Path newDirectory(String name) {
        try {
            return Files.createDirectory(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file inside. */
    public Path write(String name, byte[] content) {
        try {
            return Files.write(root.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
