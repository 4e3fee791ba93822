package dev.wanr2v.cli;

/**
 * A failure of the command line itself rather than of the library: a usage mistake found after
 * parsing, or a file the command cannot use. Carries the exit code and a message for the user.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode {@link ExitCodes#USAGE} or {@link ExitCodes#FILES}
     * @param message  what is wrong and what to do, possibly several lines
     */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A usage mistake (exit 64). */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** An unusable manifest, journal or output file (exit 65). */
    public static CliException files(String message) {
        return new CliException(ExitCodes.FILES, message);
    }

    /** The exit code. */
    public int exitCode() {
        return exitCode;
    }
}
