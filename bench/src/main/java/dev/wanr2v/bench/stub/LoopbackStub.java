package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.util.Optional;

/**
 * The scripted test vendor served on the loopback interface, in this JVM, by one NIO selector thread with
 * keep-alive: fast enough not to dominate a measurement. Another server (e.g. the testkit's emulators)
 * would implement this interface and be started in {@link #start()}.
 */
public interface LoopbackStub extends AutoCloseable {

    /** Starts the stub. */
    static LoopbackStub start() throws IOException {
        return new NioLoopbackStub(new ScriptedAnswers());
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
