package dev.wanr2v.temporal;

import dev.wanr2v.DownloadOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VideoSink#directory(Path)}: {@code dir/<name>.mp4} through the library's own download, which writes a
 * temporary {@code .part} file beside the target and moves it into place only when the whole video arrived. A
 * worker killed mid-download leaves its {@code .part} file behind; the next successful store of the same name
 * removes it.
 */
final class DirectorySink implements VideoSink {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySink.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private final Path dir;

    DirectorySink(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    }

    @Override
    public Optional<StoredVideo> find(String name) {
        Path file = target(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(new StoredVideo(file.toString(), Files.size(file)))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StoredVideo store(String name, GeneratedVideo video, ProgressListener listener) {
        Path file = target(name);
        try {
            Files.createDirectories(dir);
            video.download(file, DownloadOptions.defaults().withListener(listener));
        } catch (InvalidRequestException e) {
            // another attempt of the same generation moved its whole video into place first
            Optional<StoredVideo> stored = find(name);
            if (stored.isEmpty()) {
                throw e;
            }
            return stored.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the video directory " + dir + ": " + e.getMessage(), e);
        }
        removeLeftovers(file);
        return find(name).orElseThrow(() -> new IllegalStateException(file + " vanished right after it was stored"));
    }

    private Path target(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a video name is 1 to 200 letters, digits, '.', '_' or '-', not '"
                    + name + "'");
        }
        return dir.resolve(name + ".mp4");
    }

    /** The {@code .part} files of earlier attempts at the same name (core names them {@code .<file>.<hex>.part}). */
    private void removeLeftovers(Path file) {
        String glob = "." + file.getFileName() + ".*.part";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, glob)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                LOG.info("removed {}, left by an attempt that did not finish", part);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the leftovers of earlier attempts beside {}: {}", file, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "VideoSink.directory(" + dir + ")";
    }
}
