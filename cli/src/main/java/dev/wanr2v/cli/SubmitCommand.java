package dev.wanr2v.cli;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.cli.progress.ProgressMode;
import dev.wanr2v.cli.progress.ProgressPrinter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code submit}: create the task and print its token. */
@Command(name = "submit", sortOptions = false,
        description = {"Submit a request and print the task's token (only the token, on stdout).",
            "Collect the clip later, from any process: wan-r2v wait TOKEN, wan-r2v download TOKEN --out FILE."},
        footer = {"", "Example:",
            "  TOKEN=$(wan-r2v submit --provider wan26api -p \"character1 dances\" -r dancer.jpg)",
            "  wan-r2v download \"$TOKEN\" --out dance.mp4"})
final class SubmitCommand extends BaseCommand {
    @Mixin
    RequestOptions request;

    @Option(order = 20, names = "--dry-run", description = "Validate, print the exact create call (secrets masked), send nothing.")
    boolean dryRun;

    @Mixin
    ClientOptions client;

    @Mixin
    EmulateOptions emulate;

    @Override
    protected int run(Output output) {
        try (Session session = client.open(output, null, emulate, dryRun)) {
            R2vRequest r = Requests.validated(session, request.fields(spec, output.words()), List.of());
            if (dryRun) {
                return Requests.dryRun(session, r, output);
            }
            TaskHandle handle;
            try (ProgressPrinter printer = new ProgressPrinter(output, ProgressMode.AUTO)) {
                handle = Requests.submit(session, r, printer, output);
            }
            output.result(handle.toToken());
            output.resultJson(Json.task(handle));
            if (emulate.on()) {
                output.message("wan-r2v: note: this task lives in an emulator that stops with this command;"
                        + " to keep tasks across commands, run 'wan-r2v emulate' (README, Emulators)");
            }
            return ExitCodes.OK;
        }
    }
}
