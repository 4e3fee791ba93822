package dev.wanr2v.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/** Media files for the benchmarks, built in a temporary directory. */
final class MediaFiles {
    static final long MB = 1024 * 1024;

    private MediaFiles() {
    }

    /** {@code bytes} random bytes (not a valid video: encoding does not care), from a fixed seed. */
    static Path random(Path dir, String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        Random random = new Random(42);
        byte[] chunk = new byte[(int) MB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return file;
    }

    /**
     * A sparse MP4 of {@code bytes} bytes with its {@code moov} at the end: {@code ftyp}, one
     * {@code mdat} of holes, then a 12.5 s movie header with a video and a sound track. Built as
     * core's {@code VideoInspectionTest} builds it.
     */
    static Path sparseMp4WithMoovAtEnd(Path dir, String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        byte[] ftyp = IsoBox.ftyp("isom");
        byte[] moov = IsoBox.moov(1000, 12_500, "vide", "soun");
        long mdatSize = bytes - ftyp.length - moov.length;
        ByteBuffer mdatHeader = ByteBuffer.allocate(8).putInt((int) mdatSize)
                .put("mdat".getBytes(StandardCharsets.ISO_8859_1));
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            out.write(ByteBuffer.wrap(ftyp), 0);
            out.write(mdatHeader.flip(), ftyp.length);
            out.write(ByteBuffer.wrap(moov), bytes - moov.length);
        }
        return file;
    }

    /** Deletes a directory and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
