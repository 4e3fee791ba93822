package dev.wanr2v.cli;

import picocli.CommandLine.Option;

/**
 * {@code --emulate} and its speed, on the commands that can run against a fresh in-process emulator
 * (not on those about an earlier task: its emulator is gone).
 */
public final class EmulateOptions {
    @Option(order = 32, names = "--emulate", description = "Run against the provider's built-in emulator: in-process, loopback"
            + " only, any key, no network. It lives as long as this command.")
    boolean on;

    @Option(order = 33, names = "--emulate-speed", paramLabel = "FACTOR", defaultValue = "1", description = "With --emulate:"
            + " emulated tasks play this many times faster (about 2.5 s per task at 1; 0.1 is ten times slower).")
    double speed;

    /** Whether {@code --emulate} is on. */
    public boolean on() {
        return on;
    }
}
