package dev.wanr2v.cli;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.progress.ProgressPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wait TOKEN}: wait with progress, print the video's URL. */
@Command(name = "wait", description = {"Wait for a task with a progress display, then print its video's URL (only the"
            + " URL, on stdout: URL=$(wan-r2v wait TOKEN) works).",
    "Exits with the error's code if the task failed, was canceled or expired, or the wait timed out."})
final class WaitCommand extends TaskCommand {
    @Mixin
    WaitOptions wait;

    @Override
    protected int run(Session session, TaskHandle handle, Output output) {
        try (ProgressPrinter printer = new ProgressPrinter(output, wait.progress)) {
            GeneratedVideo video = TaskFlow.await(session, handle, wait, printer, output);
            printer.close();
            TaskFlow.printUrl(video, output);
        }
        return ExitCodes.OK;
    }
}
