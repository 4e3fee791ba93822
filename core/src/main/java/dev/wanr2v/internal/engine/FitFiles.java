package dev.wanr2v.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files fitted images are written to: one private directory per client, made on first
 * use; each file is deleted once its request was sent or failed, and whatever is left when the client
 * closes (or the JVM exits) is deleted then, with the directory. Originals are never written.
 */
final class FitFiles implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FitFiles.class);

    private final Set<Path> live = ConcurrentHashMap.newKeySet();
    private Path directory;
    private Thread hook;
    private boolean closed;

    /** A new empty file in the client's directory. */
    synchronized Path create(String extension) throws IOException {
        if (closed) {
            throw new IOException("the client is closed");
        }
        if (directory == null) {
            directory = Files.createTempDirectory("wan-r2v-fit-");
            hook = new Thread(this::deleteAll, "wan-r2v-fit-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        Path file = Files.createTempFile(directory, "fitted-", "." + extension);
        live.add(file);
        return file;
    }

    /** Deletes one file (quietly: a failure is logged). */
    void delete(Path file) {
        if (file != null && live.remove(file)) {
            quietlyDelete(file);
        }
    }

    /** The files not deleted yet (for tests). */
    Set<Path> live() {
        return Set.copyOf(live);
    }

    /** Deletes every file left and the directory; later {@link #create} calls fail. */
    @Override
    public synchronized void close() {
        closed = true;
        deleteAll();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
            hook = null;
        }
    }

    private void deleteAll() {
        for (Path file : Set.copyOf(live)) {
            delete(file);
        }
        Path dir = directory;
        if (dir != null) {
            quietlyDelete(dir);
        }
    }

    private static void quietlyDelete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.warn("wan-r2v: could not delete the temporary file {} of a fitted image: {}", path, e.toString());
        }
    }
}
