package dev.wanr2v.cli;

import dev.wanr2v.cli.progress.ProgressMode;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How to wait for a task: deadline, progress display, and what Ctrl-C does. */
public final class WaitOptions {
    @Option(order = 40, names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up waiting after this long (the task goes on; resume with 'wan-r2v wait TOKEN')."
                    + " Default: WAN_R2V_AWAIT_TIMEOUT, else 30m.")
    Duration timeout;

    @Option(order = 41, names = "--cancel-on-interrupt", description = "On Ctrl-C, also cancel the task at the vendor (where the"
            + " provider can). Without it the task goes on and the token to resume with is printed.")
    boolean cancelOnInterrupt;

    @Option(order = 42, names = "--progress", paramLabel = "MODE", defaultValue = "auto", description = "auto (a bar on a"
            + " terminal, else plain lines), bar, plain or none.")
    ProgressMode progress = ProgressMode.AUTO;
}
