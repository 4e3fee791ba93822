package dev.wanr2v.cli;

/**
 * The exit codes of the {@code wan-r2v} command that are not an {@link dev.wanr2v.ErrorCategory}'s.
 *
 * <p>0 is success; 2..19 are the library's error categories ({@link dev.wanr2v.ErrorCategory#exitCode()},
 * e.g. 2 for an invalid request); picocli's default usage code, 2, would collide with that, so usage
 * errors exit with 64 (sysexits' {@code EX_USAGE}).
 */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** A bug in wan-r2v: an error no category describes (rerun with {@code --verbose} and report it). */
    public static final int INTERNAL = 1;
    /** A batch ended with lines that failed or are still pending (none of unknown outcome). */
    public static final int BATCH_INCOMPLETE = 20;
    /** The command line is wrong: unknown command or option, a bad or missing value, options that conflict. */
    public static final int USAGE = 64;
    /** A manifest or journal cannot be used: missing, malformed, locked, or from another manifest or provider. */
    public static final int FILES = 65;
    /** Stopped by Ctrl-C (SIGINT); the JVM's code, 128 + 2. Tasks in flight go on and can be resumed. */
    public static final int INTERRUPTED_BY_SIGNAL = 130;

    private ExitCodes() {
    }
}
