package dev.wanr2v.cli;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.DownloadOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.progress.ProgressLine;
import dev.wanr2v.cli.progress.ProgressPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a task with progress and a Ctrl-C guard; downloading its video; printing the result. */
final class TaskFlow {
    private TaskFlow() {
    }

    /** Waits for the task; Ctrl-C prints the token to resume with (and cancels only when asked). */
    static GeneratedVideo await(Session session, TaskHandle handle, WaitOptions wait, ProgressPrinter printer,
            Output output) {
        AwaitOptions options = AwaitOptions.defaults().withListener(printer)
                .withCancelRemotelyOnAbort(wait.cancelOnInterrupt);
        if (wait.timeout != null) {
            options = options.withTimeout(wait.timeout);
        }
        printer.task(handle);
        try (InterruptGuard guard = InterruptGuard.install(
                () -> onInterrupt(session, handle, wait.cancelOnInterrupt, printer, output))) {
            return session.client().await(handle, options);
        } finally {
            printer.endLine();
        }
    }

    private static void onInterrupt(Session session, TaskHandle handle, boolean cancel, ProgressPrinter printer,
            Output output) {
        printer.close();
        if (cancel) {
            output.message("wan-r2v: interrupted; canceling " + handle + " at the vendor...");
            try {
                session.client().cancelAsync(handle).get(10, TimeUnit.SECONDS);
                output.message("wan-r2v: canceled " + handle + ".");
                return;
            } catch (ExecutionException e) {
                String why = e.getCause() instanceof R2vException r ? r.getMessage() : String.valueOf(e.getCause());
                output.message("wan-r2v: could not cancel: " + why);
            } catch (TimeoutException | InterruptedException e) {
                output.message("wan-r2v: the cancel call did not answer in time.");
            }
        }
        output.message("wan-r2v: interrupted; " + handle + " goes on at the vendor. Resume with:");
        output.message("  wan-r2v wait " + handle.toToken());
    }

    /** Downloads the video (temporary file, then an atomic move) with download progress. */
    static Path download(GeneratedVideo video, Path target, boolean overwrite, ProgressPrinter printer) {
        try {
            return video.download(target, DownloadOptions.defaults().withOverwrite(overwrite).withListener(printer));
        } finally {
            printer.endLine();
        }
    }

    /** Prints a finished video (and its file): text lines, or one JSON object. */
    static void printVideo(GeneratedVideo video, Path file, Output output) {
        var json = Json.video(video);
        if (file != null) {
            json.put("file", file.toAbsolutePath().toString()).put("bytes", size(file));
            output.result("file:  " + file.toAbsolutePath() + " (" + ProgressLine.bytes(size(file)) + ")");
        }
        output.result("task:  " + video.handle());
        output.result("token: " + video.handle().toToken());
        output.result("video: " + video.url());
        ProgressLine.cost(video.usage()).ifPresent(c -> output.result("cost:  " + c));
        video.expiresAt().ifPresent(t -> output.result("       (a signed URL: keep it private; it expires " + t + ")"));
        output.resultJson(json);
    }

    /**
     * Prints only the video's URL on stdout ({@code URL=$(wan-r2v wait TOKEN)} works, as {@code submit}'s token
     * does); the rest goes to stderr. JSON as {@link #printVideo}.
     */
    static void printUrl(GeneratedVideo video, Output output) {
        output.message("wan-r2v: " + video.handle() + " succeeded" + ProgressLine.cost(video.usage())
                .map(c -> " (cost " + c + ")").orElse("") + video.expiresAt()
                .map(t -> "; its URL is signed: keep it private; it expires " + t).orElse(""));
        output.result(video.url());
        output.resultJson(Json.video(video));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
