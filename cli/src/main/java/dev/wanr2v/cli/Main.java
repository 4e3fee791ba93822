package dev.wanr2v.cli;

import dev.wanr2v.cli.batch.BatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wan-r2v} command: generate Wan 2.6 reference-to-video clips through any provider, wait
 * for them with a live progress display, run resumable batches that never pay twice, and try it all
 * offline on the built-in vendor emulators.
 *
 * <p>Exit codes: 0 success; 2..19 one per {@link dev.wanr2v.ErrorCategory} ({@link ExitCodes#of});
 * see {@link ExitCodes} for the CLI's own.
 */
@Command(name = "wan-r2v", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class, sortOptions = false, usageHelpAutoWidth = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL,
        header = "Generate videos with Wan 2.6 reference-to-video (R2V) through any vendor that serves it.",
        description = {"", "Try it offline first:  wan-r2v demo", ""},
        commandListHeading = "%nCommands:%n",
        subcommands = {GenerateCommand.class, SubmitCommand.class, StatusCommand.class, WaitCommand.class,
            CancelCommand.class, DownloadCommand.class, BatchCommand.class, ProvidersCommand.class,
            EmulateCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%n",
        footer = {"Configuration: system properties and environment variables (README), e.g.",
            "  WAN_R2V_PROVIDER, DASHSCOPE_API_KEY, UNIALL_API_KEY, UNIALL_BASE_URL, WAN26API_API_KEY.",
            "Any command runs offline on the provider's built-in emulator with --emulate.",
            "",
            "Exit codes: 0 ok; 2..19 one per error category (README, Exit codes);",
            "20 batch incomplete; 64 usage error; 65 manifest or journal unusable;",
            "130 interrupted (Ctrl-C). 'wan-r2v COMMAND --help' explains a command."})
public final class Main implements Runnable {

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with the CLI's handlers: short usage errors (exit 64) instead of the whole help.
     * Output goes to {@link System#out} and {@link System#err} unless changed with {@code setOut}/{@code setErr}.
     */
    public static CommandLine commandLine() {
        return HelpLayout.install(new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrorHandler()));
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** With no command: the usage help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"wan-r2v " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
