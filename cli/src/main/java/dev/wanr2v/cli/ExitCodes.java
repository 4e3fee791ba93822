package dev.wanr2v.cli;

import dev.wanr2v.ErrorCategory;

/**
 * The exit codes of the {@code wan-r2v} command (README, Exit codes).
 *
 * <p>0 is success; 2..19 are the library's error categories, one each ({@link #of(ErrorCategory)}, e.g. 2
 * for an invalid request); picocli's default usage code, 2, would collide with that, so usage errors exit
 * with 64 (sysexits' {@code EX_USAGE}).
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

    /** The exit code of a failure of this category: 2..19, one per category, never changed once published. */
    public static int of(ErrorCategory category) {
        return switch (category) {
            case INVALID_REQUEST -> 2;
            case CONFIGURATION -> 3;
            case AUTHENTICATION -> 4;
            case PERMISSION -> 5;
            case RATE_LIMITED -> 6;
            case CONTENT_REJECTED -> 7;
            case PROVIDER_ERROR -> 8;
            case TRANSPORT -> 9;
            case TIMEOUT -> 10;
            case AWAIT_TIMEOUT -> 11;
            case TASK_FAILED -> 12;
            case TASK_CANCELED -> 13;
            case TASK_EXPIRED -> 14;
            case SUBMIT_OUTCOME_UNKNOWN -> 15;
            case UNEXPECTED_RESPONSE -> 16;
            case UNSUPPORTED -> 17;
            case CONFLICT -> 18;
            case INTERRUPTED -> 19;
        };
    }
}
