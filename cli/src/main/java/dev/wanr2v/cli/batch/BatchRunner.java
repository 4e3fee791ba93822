package dev.wanr2v.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.AwaitOptions;
import dev.wanr2v.DownloadOptions;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.cli.CliException;
import dev.wanr2v.cli.CliWords;
import dev.wanr2v.cli.ExitCodes;
import dev.wanr2v.cli.Json;
import dev.wanr2v.cli.Session;
import dev.wanr2v.cli.progress.ProgressLine;
import dev.wanr2v.cli.batch.LineResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch's lines, at most {@code concurrency} at a time. For a line to send: an intent record is
 * forced to the journal, then the create is sent, then its token (or its typed failure) is forced to
 * the journal, and only then does the wait begin. A journaled token is awaited instead of sent again.
 */
final class BatchRunner {
    /** What to do with one line in this run. */
    enum Action {
        /** Send the create (new line, an earlier rejection, or an unknown outcome with --resubmit-unknown). */
        SEND,
        /** Await the journaled token (and download, when asked and not done yet). */
        AWAIT,
        /** Nothing to do: report what the journal or the checks say. */
        REPORT
    }

    /**
     * One line's work.
     *
     * @param line    the manifest line
     * @param action  what to do
     * @param request the request, for {@link Action#SEND}
     * @param history the journal's history of the line, or {@code null}
     * @param report  the result, for {@link Action#REPORT}
     */
    record Item(ManifestLine line, Action action, R2vRequest request, LineHistory history, LineResult report) {
    }

    /**
     * @param concurrency at most this many lines in flight
     * @param downloadDir where to download videos, or {@code null}
     * @param timeout     each wait's deadline, or {@code null} for the client's
     */
    record Settings(int concurrency, Path downloadDir, Duration timeout) {
    }

    /** Failures speak of a line's fields by its manifest keys ({@code refs[1]}, not {@code references[1]}). */
    static final CliWords WORDS = CliWords.manifest();

    private final Session session;
    private final Journal journal;
    private final BatchProgress progress;
    private final Settings settings;
    private final Set<Integer> createsInFlight = ConcurrentHashMap.newKeySet();
    private final boolean verbose;
    private volatile boolean stopping;

    BatchRunner(Session session, Journal journal, BatchProgress progress, Settings settings, boolean verbose) {
        this.session = session;
        this.journal = journal;
        this.progress = progress;
        this.settings = settings;
        this.verbose = verbose;
    }

    /** The lines whose create was sent and not yet answered (for Ctrl-C's message). */
    Set<Integer> createsInFlight() {
        return Set.copyOf(createsInFlight);
    }

    /** Runs every item and returns their results in the items' order. */
    List<LineResult> run(List<Item> items) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "wan-r2v-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<LineResult>> futures = new ArrayList<>();
        try {
            for (Item item : items) {
                futures.add(item.action() == Action.REPORT ? java.util.concurrent.CompletableFuture.completedFuture(item.report())
                        : pool.submit(() -> process(item)));
            }
            List<LineResult> results = new ArrayList<>();
            for (Future<LineResult> f : futures) {
                results.add(get(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private LineResult get(Future<LineResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            throw CliException.files("the batch was interrupted; run it again to resume from the journal");
        } catch (ExecutionException e) {
            stopping = true;
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private LineResult process(Item item) {
        if (item.action() == Action.SEND) {
            return send(item);
        }
        TaskHandle handle = TaskHandle.parse(item.history().token());
        boolean done = item.history().phase() == LineHistory.Phase.DONE;
        progress.phase(item.line().number(), BatchProgress.Phase.QUEUED);
        progress.message(label(item.line()) + ": resuming " + handle + (done ? " (to download it)" : ""));
        return await(item.line(), handle, done, item.history().file());
    }

    private LineResult send(Item item) {
        ManifestLine line = item.line();
        if (stopping) {
            return result(line, Status.PENDING, null, null, null, null, null);
        }
        int attempt = (item.history() == null ? 0 : item.history().attempts()) + 1;
        createsInFlight.add(line.number());
        TaskHandle handle;
        Instant sentAt = Instant.now();
        try {
            journal.append(JournalRecords.intent(line.number(), attempt, line.sha256()));
            handle = session.client().submit(item.request());
            journal.append(JournalRecords.submitted(line.number(), attempt, handle));
        } catch (SubmitOutcomeUnknownException e) {
            ObjectNode error = Json.errorBody(e, ExitCodes.of(e.category()), WORDS);
            journal.append(JournalRecords.unknown(line.number(), attempt, error));
            return report(result(line, Status.UNKNOWN, null, null, null, e.sentAt(), error));
        } catch (R2vException e) {
            ObjectNode error = Json.errorBody(e, ExitCodes.of(e.category()), WORDS);
            journal.append(JournalRecords.rejected(line.number(), attempt, error));
            LineResult r = result(line, Status.FAILED, null, null, null, null, error);
            progress.phase(line.number(), BatchProgress.Phase.DONE);
            progress.message(r.describe() + " (nothing was created; a re-run sends it again)");
            return r;
        } catch (CliException e) {
            stopping = true;
            throw e;
        } catch (RuntimeException e) {
            // an unexpected failure inside submit: the create may have gone out, so its intent stays unanswered
            ObjectNode error = Json.errorBody(e, 1);
            return report(result(line, Status.UNKNOWN, null, null, null, sentAt, error));
        } finally {
            createsInFlight.remove(line.number());
        }
        progress.phase(line.number(), BatchProgress.Phase.QUEUED);
        progress.message(label(line) + ": submitted " + handle);
        return await(line, handle, false, null);
    }

    private LineResult await(ManifestLine line, TaskHandle handle, boolean alreadyDone, String downloaded) {
        String token = handle.toToken();
        AwaitOptions options = AwaitOptions.defaults().withListener(listener(line));
        if (settings.timeout() != null) {
            options = options.withTimeout(settings.timeout());
        }
        GeneratedVideo video;
        try {
            video = session.client().await(handle, options);
        } catch (R2vException e) {
            ObjectNode error = Json.errorBody(e, ExitCodes.of(e.category()), WORDS);
            if (e instanceof TaskException && isFinal(e.category())) {
                journal.append(JournalRecords.failed(line.number(), error));
                return report(result(line, Status.FAILED, token, null, null, null, error));
            }
            return report(result(line, Status.PENDING, token, null, null, null, error));
        }
        if (!alreadyDone) {
            journal.append(JournalRecords.succeeded(line.number(), video));
        }
        if (settings.downloadDir() == null) {
            return reportSuccess(video, result(line, Status.SUCCEEDED, token, video.url(), null, null, null));
        }
        if (downloaded != null && Files.exists(Path.of(downloaded))) {
            return reportSuccess(video, result(line, Status.SUCCEEDED, token, video.url(), downloaded, null, null));
        }
        createDownloadDir();
        try {
            Path file = video.download(settings.downloadDir().resolve(line.fileStem() + ".mp4"),
                    DownloadOptions.defaults().withOverwrite(true));
            journal.append(JournalRecords.downloaded(line.number(), file, Files.size(file)));
            return reportSuccess(video, result(line, Status.SUCCEEDED, token, video.url(), file.toAbsolutePath().toString(), null, null));
        } catch (R2vException e) {
            return report(result(line, Status.FAILED, token, video.url(), null, null, Json.errorBody(e, ExitCodes.of(e.category()), WORDS)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void createDownloadDir() {
        try {
            Files.createDirectories(settings.downloadDir());
        } catch (java.io.IOException e) {
            throw CliException.files("--download-dir " + settings.downloadDir() + " cannot be created (" + e + ")");
        }
    }

    private static boolean isFinal(ErrorCategory c) {
        return c == ErrorCategory.TASK_FAILED || c == ErrorCategory.TASK_CANCELED || c == ErrorCategory.TASK_EXPIRED;
    }

    private LineResult report(LineResult r) {
        progress.phase(r.line(), BatchProgress.Phase.DONE);
        progress.message(r.describe());
        return r;
    }

    /** A succeeded line, with its cost where the vendor reports it. */
    private LineResult reportSuccess(GeneratedVideo video, LineResult r) {
        progress.phase(r.line(), BatchProgress.Phase.DONE);
        progress.message(r.describe() + ProgressLine.cost(video.usage()).map(c -> " (cost " + c + ")").orElse(""));
        return r;
    }

    private ProgressListener listener(ManifestLine line) {
        return new ProgressListener() {
            @Override
            public void onStatus(TaskHandle handle, TaskSnapshot s) {
                progress.status(line.number(), s.status());
                if (verbose) {
                    progress.message(label(line) + ": " + s.status() + s.progress().stream()
                            .mapToObj(p -> " " + Math.round(p * 100) + "%").findFirst().orElse(""));
                }
            }
        };
    }

    private static String label(ManifestLine line) {
        return "line " + line.number() + (line.name() != null ? " (" + line.name() + ")" : "");
    }

    static LineResult result(ManifestLine line, Status status, String token, String url, String file, Instant sentAt,
            ObjectNode error) {
        return new LineResult(line.number(), line.name(), status, token, url, file, sentAt, error);
    }
}
