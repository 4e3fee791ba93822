package dev.wanr2v.cli;

import dev.wanr2v.MediaFormat;
import dev.wanr2v.testkit.MediaSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real media files for tests, from the testkit's samples. */
final class TestFiles {
    private TestFiles() {
    }

    /** Writes a sample of this format to {@code dir/name}. */
    static Path sample(Path dir, String name, MediaFormat format) {
        try {
            return Files.write(dir.resolve(name), MediaSamples.bytes(format).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The MP4 the emulators serve as every task's result. */
    static byte[] resultVideo() {
        return MediaSamples.resultVideo();
    }
}
