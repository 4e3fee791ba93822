package dev.wanr2v.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP client's I/O threads, so that closing can have each end its own sessions (interrupted, a
 * reactor thread leaves its select loop and closes what it owns), and the failures of the reactor itself,
 * logged without a stack trace (at DEBUG with it).
 */
final class IoReactorThreads {
    private static final Logger LOG = LoggerFactory.getLogger("dev.wanr2v.http");

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failures = new AtomicInteger();

    /** A factory that makes its threads with {@code factory} and remembers them. */
    ThreadFactory recording(ThreadFactory factory) {
        return runnable -> {
            Thread t = factory.newThread(runnable);
            threads.add(t);
            return t;
        };
    }

    /** Asks every I/O thread to end. */
    void interruptAll() {
        threads.forEach(Thread::interrupt);
    }

    /** The reactor's exception callback. */
    void failed(Exception e) {
        failures.incrementAndGet();
        LOG.warn("the HTTP I/O reactor failed: {}", e.toString());
        LOG.debug("the HTTP I/O reactor's failure", e);
    }

    /** Failures of the reactor itself (not of one exchange) so far. */
    int failures() {
        return failures.get();
    }
}
