package dev.wanr2v.cli;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.Violation;
import dev.wanr2v.cli.progress.ProgressPrinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: submit, wait with progress, download. */
@Command(name = "generate", sortOptions = false,
        description = {"Submit a request, wait for the clip with a progress display, and download it.",
            "Every problem of the request is reported at once, before anything is sent or paid for."},
        footer = {"", "Example (DashScope; key from DASHSCOPE_API_KEY):",
            "  wan-r2v generate --provider dashscope \\",
            "      --prompt \"character1 waves at character2\" --ref alice.png --ref bob.mp4 \\",
            "      --size 1280*720 --duration 5 --out wave.mp4"})
final class GenerateCommand extends BaseCommand {
    @Mixin
    RequestOptions request;

    @Option(order = 20, names = "--out", paramLabel = "FILE|DIR", description = "Where to save the clip: a file, or a"
            + " directory for DIR/<task id>.mp4. Default: ./<task id>.mp4.")
    Path out;

    @Option(order = 21, names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Option(order = 22, names = "--no-download", description = "Wait, print the video URL, download nothing.")
    boolean noDownload;

    @Option(order = 23, names = "--dry-run", description = "Validate, print the exact create call (secrets masked), send nothing.")
    boolean dryRun;

    @Mixin
    ClientOptions client;

    @Mixin
    EmulateOptions emulate;

    @Mixin
    WaitOptions wait;

    @Override
    protected int run(Output output) {
        try (Session session = client.open(output, null, emulate, dryRun)) {
            List<Violation> extra = new ArrayList<>();
            if (out != null && !noDownload && !dryRun) {
                Requests.checkTarget("--out", out, force).ifPresent(extra::add);
            }
            R2vRequest r = Requests.validated(session, request.fields(spec, output.words()), extra);
            if (dryRun) {
                return Requests.dryRun(session, r, output);
            }
            try (ProgressPrinter printer = new ProgressPrinter(output, wait.progress)) {
                TaskHandle handle = Requests.submit(session, r, printer, output);
                GeneratedVideo video = TaskFlow.await(session, handle, wait, printer, output);
                Path file = noDownload ? null
                        : TaskFlow.download(video, Requests.target(out, handle), force, printer);
                printer.close();
                TaskFlow.printVideo(video, file, output);
            }
            return ExitCodes.OK;
        }
    }
}
