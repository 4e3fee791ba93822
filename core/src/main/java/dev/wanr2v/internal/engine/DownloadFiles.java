package dev.wanr2v.internal.engine;

import dev.wanr2v.DownloadOptions;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A download's files: the target checked before anything is fetched, a temporary file beside it, moved into
 * place once the video is whole, deleted otherwise.
 */
final class DownloadFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadFiles.class);

    private DownloadFiles() {
    }

    /**
     * A new, empty file beside the target. Created with {@code createFile}, not {@code createTempFile},
     * so the finished video gets the usual permissions (the umask's), not owner-only ones.
     */
    static Path partFile(Path file) {
        for (int attempt = 0; ; attempt++) {
            Path temp = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 3) {
                    throw targetProblem(file, "cannot create a temporary file beside it (" + e.getMessage() + ")");
                }
            } catch (IOException e) {
                throw targetProblem(file, "cannot create a temporary file beside it (" + e.getMessage() + ")");
            }
        }
    }

    static Path checkTarget(Path file, DownloadOptions options) {
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw targetProblem(file, "it is a directory; name a file inside it");
        }
        if (Files.exists(file) && !options.overwrite()) {
            throw targetProblem(file, "the file exists; choose another name or allow overwrite"
                    + " (DownloadOptions.withOverwrite(true))");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw targetProblem(file, "directory " + dir + " does not exist; create it first");
        }
        if (!Files.isWritable(dir)) {
            throw targetProblem(file, "directory " + dir + " is not writable");
        }
        return file;
    }

    static InvalidRequestException targetProblem(Path file, String why) {
        return new InvalidRequestException(Violation.of(Rule.DOWNLOAD_TARGET, "target", file, why));
    }

    static void move(Path temp, Path file, boolean overwrite) {
        try {
            try {
                if (overwrite) {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (AtomicMoveNotSupportedException e) {
                if (overwrite) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temp, file);
                }
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw targetProblem(file, "the file appeared while downloading; choose another name or allow overwrite");
        } catch (IOException e) {
            throw targetProblem(file, "cannot move the finished download into place (" + e.getMessage() + ")");
        }
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("wan-r2v: could not delete the temporary file {}: {}", temp, e.getMessage());
        }
    }
}
