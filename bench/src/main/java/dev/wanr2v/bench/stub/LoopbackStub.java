package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.util.Optional;

/**
 * The scripted test vendor served on the loopback interface, in this JVM. Two servers speak it:
 * {@code nio} (one selector thread, keep-alive, the default: fast enough not to dominate a
 * measurement) and {@code jdk} (the JDK's {@code HttpServer}, slower). Another kind (e.g. the testkit's
 * emulators, once merged) plugs in here.
 */
public interface LoopbackStub extends AutoCloseable {

    /** Starts a stub of this kind ({@code nio} or {@code jdk}). */
    static LoopbackStub start(String kind) throws IOException {
        return switch (kind) {
            case "nio" -> new NioLoopbackStub(new ScriptedAnswers());
            case "jdk" -> new JdkLoopbackStub(new ScriptedAnswers(), 2);
            default -> throw new IllegalArgumentException("unknown stub '" + kind + "'; use nio or jdk");
        };
    }

    /** A task id the stub reports RUNNING from {@code startMillis}, then SUCCEEDED from {@code endMillis}. */
    static String scriptedTaskId(long startMillis, long endMillis, int index) {
        return ScriptedAnswers.taskId(startMillis, endMillis, index);
    }

    /** {@code http://127.0.0.1:port}. */
    String baseUrl();

    /** Requests answered so far. */
    long requests();

    /** The last create request received, if any. */
    Optional<StubRequest> lastCreate();

    /** The last status request received, if any. */
    Optional<StubRequest> lastStatus();

    @Override
    void close();
}
