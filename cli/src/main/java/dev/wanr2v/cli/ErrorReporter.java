package dev.wanr2v.cli;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.R2vException;
import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.TaskException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns any failure into what the user sees: {@code error: ...} on stderr, one line per problem (every
 * violation of a request on its own line), a hint of what to do next, the exit code of the error's
 * category, and a stack trace only with {@code --verbose}.
 */
final class ErrorReporter {
    private ErrorReporter() {
    }

    /** Reports the failure and returns the exit code. */
    static int report(Throwable e, Output output) {
        int code = exitCode(e);
        String message = output.words().message(e);
        if (code == ExitCodes.INTERNAL) {
            message = "internal error (" + e.getClass().getName() + "): " + message
                    + "\n  This is a bug in wan-r2v; rerun with --verbose and report the stack trace.";
        }
        output.message("error: " + message);
        hint(e).ifPresent(h -> output.message("  " + h));
        if (output.verbose()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            output.messageInPlace(trace.toString());
        }
        output.resultJson(Json.error(e, code, output.words()));
        return code;
    }

    /** The exit code of a failure: its category's, the CLI's own, or 1 for a bug. */
    static int exitCode(Throwable e) {
        if (e instanceof R2vException r) {
            return ExitCodes.of(r.category());
        }
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        return ExitCodes.INTERNAL;
    }

    private static java.util.Optional<String> hint(Throwable e) {
        if (e instanceof SubmitOutcomeUnknownException u) {
            return java.util.Optional.of("The create was sent at " + u.sentAt() + "; the vendor may have accepted"
                    + " (and may bill) it. Look the task up at the vendor before submitting again.");
        }
        if (e instanceof TaskException t && (t.category() == ErrorCategory.AWAIT_TIMEOUT
                || t.category() == ErrorCategory.INTERRUPTED)) {
            return java.util.Optional.of("The task goes on at the vendor. Resume with:  wan-r2v wait "
                    + t.handle().toToken());
        }
        if (e instanceof R2vException r && (r.category() == ErrorCategory.AUTHENTICATION
                || r.category() == ErrorCategory.CONFIGURATION)) {
            return java.util.Optional.of("'wan-r2v providers' lists each provider's settings and environment"
                    + " variables; --emulate runs offline without a key.");
        }
        return java.util.Optional.empty();
    }
}
