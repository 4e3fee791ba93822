package dev.wanr2v.cli;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.progress.ProgressPrinter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code download TOKEN [--out FILE|DIR]}: wait if needed, then download. */
@Command(name = "download", description = {"Download a task's clip, waiting for it first if it is not done.",
    "The file is written whole or not at all (temporary file, then an atomic move)."})
final class DownloadCommand extends TaskCommand {
    @Option(order = 20, names = "--out", paramLabel = "FILE|DIR", description = "Where to save the clip: a file, or a"
            + " directory for DIR/<task id>.mp4. Default: ./<task id>.mp4.")
    Path out;

    @Option(order = 21, names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Mixin
    WaitOptions wait;

    @Override
    protected int run(Session session, TaskHandle handle, Output output) {
        Path target = Requests.target(out, handle);
        Requests.checkTarget("--out", target, force).ifPresent(v -> {
            throw new InvalidRequestException(v);
        });
        try (ProgressPrinter printer = new ProgressPrinter(output, wait.progress)) {
            GeneratedVideo video = TaskFlow.await(session, handle, wait, printer, output);
            Path file = TaskFlow.download(video, target, force, printer);
            printer.close();
            TaskFlow.printVideo(video, file, output);
        }
        return ExitCodes.OK;
    }
}
