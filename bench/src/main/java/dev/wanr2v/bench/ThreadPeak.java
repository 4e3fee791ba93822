package dev.wanr2v.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every few milliseconds on its own thread, how many live threads have a name starting with
 * a prefix (or how many live threads there are in all), and keeps the highest count.
 */
public final class ThreadPeak implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String prefix;
    private final java.util.function.LongSupplier counter;
    private final AtomicLong peak = new AtomicLong();
    private long initial;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    private ThreadPeak(String prefix) {
        this.prefix = prefix;
        this.counter = prefix == null ? THREADS::getThreadCount : this::named;
        this.sampler = new Thread(this::sample, "bench-thread-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling threads named {@code prefix…} every 5 ms. */
    static ThreadPeak start(String prefix) {
        ThreadPeak p = new ThreadPeak(prefix);
        p.initial = p.count();
        p.peak.set(p.initial);
        p.sampler.start();
        return p;
    }

    /** Starts sampling the JVM's live threads, whatever their names, every 5 ms. */
    public static ThreadPeak all() {
        return start(null);
    }

    /** Live threads named with the prefix (or all of them), now. */
    long count() {
        return counter.getAsLong();
    }

    private long named() {
        long n = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    private void sample() {
        while (running.get()) {
            peak.accumulateAndGet(count(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest count seen so far. */
    long peak() {
        return peak.get();
    }

    /** The highest count seen so far, less the count when sampling started. */
    public long added() {
        return peak.get() - initial - (prefix == null ? 1 : 0); // the sampler itself
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.join();
        peak.accumulateAndGet(count(), Math::max);
    }
}
