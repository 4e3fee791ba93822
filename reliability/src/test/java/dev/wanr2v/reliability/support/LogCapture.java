package dev.wanr2v.reliability.support;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything written to {@code System.err} (where slf4j-simple writes the library's log, down to TRACE),
 * kept for inspection. The full log also goes to {@code target/reliability-log.txt}; only lines above
 * DEBUG reach the original stream. The suite logs every exchange at TRACE, and pushing all of it through
 * Surefire's pipe would stall the logging threads, the HTTP client's I/O threads among them, long
 * enough to break the suite's short timeouts. Installed once per JVM.
 */
public final class LogCapture {
    private static final LogCapture INSTANCE = new LogCapture();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final PrintStream original = System.err;
    private final OutputStream file;

    private LogCapture() {
        try {
            Files.createDirectories(Path.of("target"));
            file = new BufferedOutputStream(Files.newOutputStream(Path.of("target", "reliability-log.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                accept(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "reliability-log-flush"));
    }

    private synchronized void flush() {
        try {
            file.flush();
        } catch (IOException e) {
            original.println("could not write target/reliability-log.txt: " + e);
        }
    }

    /** The capture, installed on first use. */
    public static LogCapture get() {
        return INSTANCE;
    }

    private synchronized void accept(byte[] b, int off, int len) throws IOException {
        buffer.write(b, off, len);
        file.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            line.write(b[i]);
            if (b[i] == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                if (!text.contains(" TRACE ") && !text.contains(" DEBUG ")) {
                    original.print(text);
                }
                line.reset();
            }
        }
    }

    /** What was written since the last call, and forgets it. */
    public synchronized String take() {
        flush();
        String text = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        return text;
    }
}
