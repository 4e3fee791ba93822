package dev.wanr2v.reliability.matrix;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.DownloadOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.reliability.support.LeakCheck;
import dev.wanr2v.reliability.support.LocalMediaFiles;
import dev.wanr2v.reliability.support.LogCapture;
import dev.wanr2v.reliability.support.Rig;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs cells: prepares the scenario, arms the fault, makes the call with a fresh client through the
 * public API, checks the client left nothing behind, and hands what it saw to {@link CellVerdict}.
 * Keeps one {@link Rig} per vendor for the whole matrix.
 */
final class CellRunner implements AutoCloseable {
    /**
     * The deadline of a wait in an {@link Call#AWAIT} cell when the fault persists (see {@link #waitFor}): long
     * enough for the first poll (due after 10 ms) to reach the vendor on a loaded machine (at 250 ms, a wait
     * at load 12 on two cores once ended before any status call arrived).
     */
    static final Duration WAIT = Duration.ofMillis(500);
    /** A download cap below the result video's 15 KB. */
    static final long SMALL_CAP = 4096;

    private final Map<Vendor, Rig> rigs = new EnumMap<>(Vendor.class);
    private final LocalMediaFiles files = LocalMediaFiles.create();
    private final AtomicInteger downloads = new AtomicInteger();

    /** What a call did. */
    record Observation(TaskHandle handle, Object value, Throwable error, List<RetryEvent> retries,
            List<TaskSnapshot> statuses, Path downloadDir) {
    }

    void check(Cell cell) {
        boolean dedicated = cell.call() == Call.DOWNLOAD && cell.fault() == FaultKind.REFUSED;
        Rig rig = dedicated ? Rig.start(cell.vendor()) : rigs.computeIfAbsent(cell.vendor(), Rig::start);
        try {
            rig.reset();
            LogCapture.get().take();
            Scenario scenario = Scenario.prepare(rig, cell);
            Counts before = Counts.of(rig.emulator());
            Fault fault = Injection.fault(cell.fault(), cell.vendor(), cell.call());
            arm(rig, cell, fault);
            Set<String> threads = LeakCheck.libraryThreads();
            R2vClient client = rig.client(b -> largeBody(cell) ? b.responseTimeout(Duration.ofSeconds(10)) : b);
            Observation seen;
            try {
                seen = perform(rig, client, cell, scenario);
            } finally {
                LeakCheck.closeAndAssertClean(client, threads);
            }
            new CellVerdict(cell, fault, seen, before, Counts.of(rig.emulator()), rig, LogCapture.get().take())
                    .assertAll();
        } finally {
            if (dedicated) {
                rig.close();
            }
        }
    }

    private static void arm(Rig rig, Cell cell, Fault fault) {
        if (fault != null) {
            Injection.arm(rig.emulator().faults(), cell.call(), cell.mode(), fault);
        } else if (cell.fault() == FaultKind.REFUSED && cell.call() != Call.DOWNLOAD) {
            rig.gate().refuse();
        } else if (cell.fault() == FaultKind.RESET_BEFORE_SENT) {
            if (cell.mode() == Mode.ONCE) {
                rig.gate().resetNext(1);
            } else {
                rig.gate().resetAll();
            }
        }
    }

    private Observation perform(Rig rig, R2vClient client, Cell cell, Scenario scenario) {
        List<RetryEvent> retries = new CopyOnWriteArrayList<>();
        List<TaskSnapshot> statuses = new CopyOnWriteArrayList<>();
        AtomicBoolean opened = new AtomicBoolean();
        boolean reopen = cell.fault() == FaultKind.REFUSED && cell.mode() == Mode.ONCE;
        // an unknown status heard once: the task then ends, whatever the machine's speed (a word scripted
        // for 100 ms was missed by a late first poll on a loaded machine, and the cell saw one status call)
        boolean resume = cell.fault() == FaultKind.UNKNOWN_STATUS
                && (cell.call() == Call.CREATE || cell.call() == Call.AWAIT && cell.mode() == Mode.ONCE);
        AtomicBoolean resumed = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onRetry(RetryEvent event) {
                retries.add(event);
                if (reopen && opened.compareAndSet(false, true)) {
                    rig.gate().passAll();
                }
            }

            @Override
            public void onStatus(TaskHandle handle, TaskSnapshot snapshot) {
                statuses.add(snapshot);
                if (resume && snapshot.rawStatus().equals(Scenario.UNKNOWN) && resumed.compareAndSet(false, true)) {
                    rig.emulator().scriptTask(handle.taskId(), StatusScript.immediately(Outcome.succeeded()));
                }
            }
        };
        Path dir = cell.call() == Call.DOWNLOAD ? files.newDirectory("download-" + downloads.incrementAndGet()) : null;
        Object value = null;
        Throwable error = null;
        try {
            value = switch (cell.call()) {
                case CREATE -> get(client.generateAsync(createRequest(cell), options(listener, Duration.ofSeconds(5))));
                case UPLOAD_GRANT, UPLOAD_FILE -> get(client.generateAsync(
                        cell.vendor().localFileRequest("cell", files.image()), options(listener, Duration.ofSeconds(5))));
                case STATUS -> client.status(scenario.handle());
                case AWAIT -> get(client.awaitAsync(scenario.handle(), options(listener, waitFor(cell))));
                case CANCEL -> {
                    client.cancel(scenario.handle());
                    yield Boolean.TRUE;
                }
                case DOWNLOAD -> download(rig, client, cell, scenario.handle(), dir);
            };
        } catch (RuntimeException e) {
            error = e; // judged by CellVerdict: only the expected R2vException passes
        }
        return new Observation(scenario.handle(), value, error, List.copyOf(retries), List.copyOf(statuses), dir);
    }

    /**
     * The wait's deadline. Once, the fault passes and the video arrives in milliseconds: a generous
     * deadline costs nothing and keeps a slow machine from failing the cell. Always, only the deadline
     * can end the wait, so it is short.
     */
    static Duration waitFor(Cell cell) {
        return cell.mode() == Mode.ALWAYS ? WAIT : Duration.ofSeconds(3).plus(FaultKind.RETRY_AFTER);
    }

    /** The cell that streams a 12 MB video as a 16 MB body: the vendor needs more than 500 ms to read it. */
    private static boolean largeBody(Cell cell) {
        return cell.vendor() == Vendor.WAN26API && cell.call() == Call.CREATE
                && cell.fault() == FaultKind.RESET_BEFORE_SENT;
    }

    private R2vRequest createRequest(Cell cell) {
        if (largeBody(cell)) {
            return cell.vendor().request("cell").toBuilder()
                    .references(List.of(dev.wanr2v.Reference.video(files.largeVideo()))).build();
        }
        return cell.vendor().request("cell");
    }

    private static Path download(Rig rig, R2vClient client, Cell cell, TaskHandle handle, Path dir) {
        GeneratedVideo video = client.await(handle, AwaitOptions.defaults().withTimeout(Duration.ofSeconds(5)));
        if (cell.fault() == FaultKind.REFUSED) {
            rig.emulator().close();
        }
        DownloadOptions options = cell.fault() == FaultKind.OVERSIZED_BODY
                ? DownloadOptions.defaults().withMaxBytes(SMALL_CAP) : DownloadOptions.defaults();
        return video.download(dir.resolve("clip.mp4"), options);
    }

    private static AwaitOptions options(ProgressListener listener, Duration timeout) {
        return AwaitOptions.defaults().withListener(listener).withTimeout(timeout);
    }

    private static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError("the future failed with a checked exception", cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("the call did not end within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        rigs.values().forEach(Rig::close);
        try {
            files.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
