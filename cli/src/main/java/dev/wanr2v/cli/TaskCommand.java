package dev.wanr2v.cli;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.TaskHandle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command about one submitted task, named by its token. The provider comes from the token unless
 * {@code --provider} says otherwise; the endpoint must match the client's configuration (a token never
 * sends your key to another host).
 */
abstract class TaskCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "TOKEN", description = "The task token printed by submit or generate (wr2v1.xxx).")
    String token;

    @Mixin
    ClientOptions client;

    /** Refused with an explanation, so not listed: an earlier task's emulator is gone. */
    @Option(names = "--emulate", hidden = true)
    boolean emulate;

    @Override
    protected final int run(Output output) {
        TaskHandle handle = TaskHandle.parse(token);
        if (emulate) {
            throw new ConfigurationException("wan-r2v: --emulate starts a new, empty emulator for this command only,"
                    + " so it cannot know " + handle + " (submitted to " + handle.endpoint() + "). To keep emulated"
                    + " tasks across commands, run 'wan-r2v emulate --provider " + handle.providerId()
                    + " --port 8089' in another terminal and point every command at it (it prints how).",
                    ErrorDetails.of(handle.providerId()));
        }
        try (Session session = client.open(output, handle.providerId(), null, false)) {
            return run(session, handle, output);
        }
    }

    /** Does the work for the task. */
    protected abstract int run(Session session, TaskHandle handle, Output output);
}
