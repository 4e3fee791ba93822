package dev.wanr2v.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --json} and {@code --verbose}, output to the command line's
 * writers (so tests can capture it), and one place where failures become messages and exit codes.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL)
public abstract class BaseCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    @Mixin
    protected OutputOptions outputOptions;

    /** Runs the command; failures are reported by {@link ErrorReporter}. */
    @Override
    public final Integer call() {
        Output output = new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), outputOptions.json,
                outputOptions.verbose);
        try {
            return run(output);
        } catch (Exception e) { // also checked exceptions thrown undeclared (Jetty does)
            return ErrorReporter.report(e, output);
        }
    }

    /**
     * Does the work.
     *
     * @return the exit code, {@link ExitCodes#OK} on success
     */
    protected abstract int run(Output output);
}
