package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A batch's append-only journal: one JSON record per line, each written and forced to disk
 * ({@code fsync}) before {@link #append} returns, so that what the journal says survives a crash of the
 * process or the machine. Held with an exclusive lock for the whole run: two batches never share a
 * journal (which could submit a line twice).
 *
 * <p>On open, the records are replayed into one {@link LineHistory} per manifest line. A last record
 * cut short by a crash was never acknowledged and is dropped; a damaged record anywhere else makes
 * the journal untrustworthy and is refused.
 */
public final class Journal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean created;
    private final Map<Integer, LineHistory> lines = new TreeMap<>();
    private ObjectNode firstRun;
    private boolean droppedTornTail;

    private Journal(Path file, FileChannel channel, FileLock lock, boolean created) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Opens (or creates) and locks the journal, then replays it.
     *
     * @throws CliException (exit 65) if it is locked by another run, unreadable, or damaged
     */
    public static Journal open(Path file) {
        boolean created = !Files.exists(file);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw CliException.files("the journal " + file + " cannot be opened: " + e.getMessage());
        }
        try {
            FileLock lock = tryLock(channel, file);
            if (created) {
                syncDirectory(file);
            }
            Journal journal = new Journal(file, channel, lock, created);
            journal.replay();
            return journal;
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel, Path file) {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            throw CliException.files("the journal " + file + " cannot be locked: " + e.getMessage());
        }
        if (lock == null) {
            throw CliException.files("the journal " + file + " is in use by another batch run; wait for it to end"
                    + " (two runs on one journal could submit a line twice)");
        }
        return lock;
    }

    private void replay() {
        byte[] bytes;
        try {
            bytes = new byte[(int) channel.size()];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
                // read until full
            }
        } catch (IOException e) {
            throw CliException.files("the journal " + file + " cannot be read: " + e.getMessage());
        }
        int end = lastNewline(bytes) + 1;
        if (end < bytes.length) {
            truncate(end);
            droppedTornTail = true;
        }
        String[] records = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < records.length; i++) {
            if (records[i].isBlank()) {
                continue;
            }
            JsonNode record;
            try {
                record = Json.MAPPER.readTree(records[i]);
            } catch (JsonProcessingException e) {
                record = null;
            }
            if (record == null || !record.isObject()) {
                throw CliException.files("the journal " + file + " is damaged at record " + (i + 1) + "; it can no"
                        + " longer prove which lines were sent. Keep it for reference, and list the tasks it names"
                        + " before starting again with a new journal");
            }
            apply((ObjectNode) record);
        }
    }

    private void apply(ObjectNode record) {
        if (JournalRecords.RUN.equals(record.path("type").asText())) {
            if (firstRun == null) {
                firstRun = record;
            }
            return;
        }
        int line = record.path("line").asInt(0);
        if (line > 0) {
            lines.computeIfAbsent(line, LineHistory::new).apply(record);
        }
    }

    /** Appends one record and forces it to disk before returning. Thread-safe. */
    public synchronized void append(ObjectNode record) {
        byte[] bytes = (Json.write(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = channel.size();
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(true);
        } catch (IOException e) {
            throw CliException.files("the journal " + file + " cannot be written (" + e.getMessage()
                    + "); the batch stops rather than send what it cannot record");
        }
        apply(record);
    }

    /** Every line the journal knows, by line number. */
    public synchronized Map<Integer, LineHistory> lines() {
        return Collections.unmodifiableMap(new TreeMap<>(lines));
    }

    /** One line's history, if the journal has records of it. */
    public synchronized Optional<LineHistory> line(int number) {
        return Optional.ofNullable(lines.get(number));
    }

    /** The provider the first run used, if any run was recorded. */
    public Optional<String> provider() {
        return Optional.ofNullable(firstRun).map(r -> r.path("provider").asText(null));
    }

    /** Whether a record cut short by a crash was dropped on open. */
    public boolean droppedTornTail() {
        return droppedTornTail;
    }

    /** The journal's path. */
    public Path file() {
        return file;
    }

    /** Releases the journal; one this run created and never wrote to (a refused batch) is deleted first. */
    @Override
    public void close() {
        try {
            if (created && channel.size() == 0) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // an empty journal left behind is harmless: a re-run reads it as new
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private void truncate(int size) {
        try {
            channel.truncate(size);
            channel.force(true);
        } catch (IOException e) {
            throw CliException.files("the journal " + file + " cannot be repaired: " + e.getMessage());
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static void syncDirectory(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a directory; the records themselves are synced
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
