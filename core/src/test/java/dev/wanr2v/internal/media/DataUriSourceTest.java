package dev.wanr2v.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.spi.PreparedMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataUriSourceTest {
    private static final int CHUNK = DataUriSource.CHUNK_BYTES;

    @TempDir
    Path dir;

    static byte[] randomBytes(int n) {
        byte[] data = new byte[n];
        new Random(n).nextBytes(data);
        return data;
    }

    static String expected(String mediaType, byte[] data) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    static String readAll(Reader reader, int bufferSize) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[bufferSize];
        try (reader) {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 2, 3, 4, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 2})
    void aFileStreamsAsExactlyItsBase64DataUri(int size) throws IOException {
        byte[] data = randomBytes(size);
        Path file = TestMedia.write(dir, "media.bin", data);
        String expected = expected("video/mp4", data);

        DataUriSource source = DataUriSource.ofFile(file, "video/mp4", size);

        assertThat(source.length()).isEqualTo(expected.length());
        assertThat(DataUriSource.length("video/mp4", size)).isEqualTo(expected.length());
        assertThat(readAll(source.open(), 8192)).isEqualTo(expected);
        assertThat(readAll(source.open(), 8192)).as("read a second time").isEqualTo(expected);
        try (InputStream in = source.openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
    }

    @Test
    void oneCharacterAtATimeGivesTheSameText() throws IOException {
        byte[] data = randomBytes(CHUNK + 7);
        DataUriSource source = DataUriSource.ofBytes(data, "image/png");
        StringBuilder out = new StringBuilder();
        try (Reader reader = source.open()) {
            for (int c; (c = reader.read()) >= 0; ) {
                out.append((char) c);
            }
        }

        assertThat(out.toString()).isEqualTo(expected("image/png", data));
        assertThat(readAll(source.open(), 1)).isEqualTo(expected("image/png", data));
    }

    @Test
    void smallChunksJoinIntoTheEncodingOfTheWhole() throws IOException {
        for (int size = 0; size < 100; size++) {
            byte[] data = randomBytes(size);
            DataUriSource source = new DataUriSource("audio/mpeg", size, () -> new ByteArrayChannel(data), 6);

            assertThat(readAll(source.open(), 5)).as("%d bytes", size).isEqualTo(expected("audio/mpeg", data));
        }
    }

    @Test
    void chunksMustBeAMultipleOfThreeBytes() {
        DataUriSource source = new DataUriSource("audio/mpeg", 1, () -> new ByteArrayChannel(new byte[1]), 4);

        assertThatThrownBy(source::open).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
    }

    @Test
    void theEngineGetsAStreamedPreparedMedia() throws IOException {
        byte[] data = TestMedia.fixture("video-5s-moov-at-end.mp4");
        Path file = TestMedia.write(dir, "clip.mov", data);
        CheckedMedia checked = MediaChecks.inspect("references[0]", MediaKind.VIDEO, MediaSource.file(file), TestMedia.SEED_004);

        PreparedMedia media = DataUriSource.ofFile(file, checked.info()).prepare(MediaKind.VIDEO,
                MediaSource.file(file));

        assertThat(media.isStreamed()).isTrue();
        assertThat(media.form()).isEqualTo(PreparedMedia.Form.DATA_URI);
        assertThat(media.mediaType()).contains("video/mp4");
        assertThat(media.length()).isEqualTo(expected("video/mp4", data).length());
        assertThat(readAll(media.openReader(), 1000)).isEqualTo(expected("video/mp4", data));
    }

    @Test
    void aFileThatChangedSinceItWasInspectedFailsInsteadOfSendingAnotherLength() throws IOException {
        Path file = TestMedia.write(dir, "changing.bin", randomBytes(1000));
        DataUriSource source = DataUriSource.ofFile(file, "image/png", 1000);
        Reader reader = source.open();
        Files.write(file, randomBytes(10));

        assertThatThrownBy(() -> readAll(reader, 100)).isInstanceOf(IOException.class)
                .hasMessage("the media changed after it was inspected: it had 1000 bytes, now 10; prepare the request"
                        + " again");
        assertThatThrownBy(source::open).isInstanceOf(IOException.class).hasMessageContaining("now 10");
    }

    @Test
    void heapUseDoesNotGrowWithTheFile() throws IOException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean bean && bean.isThreadAllocatedMemorySupported(),
                "needs a JVM that counts the bytes a thread allocates (HotSpot)");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) threads;
        long size = 32L * 1024 * 1024 + 2;
        Path file = dir.resolve("sparse.bin");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
        DataUriSource source = DataUriSource.ofFile(file, "video/mp4", size);
        char[] buffer = new char[8192];
        long characters = 0;
        long letterA = 0;

        long before = bean.getThreadAllocatedBytes(Thread.currentThread().getId());
        try (Reader reader = source.open()) {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                characters += n;
                for (int i = 0; i < n; i++) {
                    letterA += buffer[i] == 'A' ? 1 : 0;
                }
            }
        }
        long allocated = bean.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(characters).isEqualTo("data:video/mp4;base64,".length() + 4 * ((size + 2) / 3));
        assertThat(size % 3).as("the last group is one byte: AA==").isEqualTo(1);
        assertThat(letterA).as("zeros encode as A, but for the padding").isEqualTo(4 * (size / 3) + 2);
        assertThat(allocated).as("bytes allocated to stream %d bytes", size).isLessThan(1024 * 1024);
    }
}
