package dev.wanr2v.internal.engine;

import java.util.function.UnaryOperator;

/**
 * A foreign exception (a codec's, the transport's) kept as the cause of an {@code R2vException}, its
 * message cleaned: a vendor's answer may echo the API key or a signed URL, and the codec may quote it.
 * Shows the original type and stack trace.
 */
final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;

    private RedactedCause(Throwable original, UnaryOperator<String> clean) {
        super(clean.apply(original.getMessage()), of(original.getCause(), clean), false, true);
        this.type = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /**
     * {@code cause} itself when cleaning changes none of its chain's messages, else a copy of the chain
     * with cleaned messages; {@code null} for {@code null}.
     */
    static Throwable of(Throwable cause, UnaryOperator<String> clean) {
        return cause == null || clean(cause, clean) ? cause : new RedactedCause(cause, clean);
    }

    private static boolean clean(Throwable t, UnaryOperator<String> clean) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && !m.equals(clean.apply(m))) {
                return false;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return getMessage() == null ? type : type + ": " + getMessage();
    }
}
