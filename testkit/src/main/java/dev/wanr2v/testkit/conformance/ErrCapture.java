package dev.wanr2v.testkit.conformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what is written to {@code System.err} (where slf4j-simple logs) while it is open, instead of
 * printing it. Not for concurrent use: the kit runs its rules one at a time.
 */
final class ErrCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ErrCapture() {
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Everything captured so far. */
    String text() {
        System.err.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Puts the original stream back. */
    @Override
    public void close() {
        System.err.flush();
        System.setErr(original);
    }
}
