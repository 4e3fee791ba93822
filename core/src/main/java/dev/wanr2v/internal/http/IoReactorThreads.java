package dev.wanr2v.internal.http;

import java.time.Duration;
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

    /**
     * Waits, bounded, until every I/O thread has ended, asking again every 50 ms: an interrupt can be spent
     * before a thread's select loop sees it (it once was: one thread of a closed client went on selecting, a
     * leak the reliability suite caught once in several hundred closes). Logs a thread still alive at the end.
     */
    void awaitEnd(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread t : threads) {
            if (t == Thread.currentThread()) {
                continue; // closed from a callback on this I/O thread: it ends when the callback returns
            }
            try {
                while (t.isAlive() && System.nanoTime() < deadline) {
                    t.interrupt();
                    t.join(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (t.isAlive()) {
                LOG.warn("the HTTP I/O thread {} did not end when the client closed", t.getName());
            }
        }
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
