package dev.wanr2v.reliability.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything written to {@code System.err} (where slf4j-simple writes the library's log, down to TRACE),
 * kept for inspection and still passed on to the original stream. Installed once per JVM.
 */
public final class LogCapture {
    private static final LogCapture INSTANCE = new LogCapture();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private LogCapture() {
        PrintStream original = System.err;
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (buffer) {
                    buffer.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (buffer) {
                    buffer.write(b, off, len);
                }
                original.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                original.flush();
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** The capture, installed on first use. */
    public static LogCapture get() {
        return INSTANCE;
    }

    /** What was written since the last call, and forgets it. */
    public String take() {
        synchronized (buffer) {
            String text = buffer.toString(StandardCharsets.UTF_8);
            buffer.reset();
            return text;
        }
    }
}
