package dev.wanr2v.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every few milliseconds on its own thread, how many live threads have a name starting with
 * a prefix, and keeps the highest count.
 */
final class ThreadPeak implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String prefix;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    private ThreadPeak(String prefix) {
        this.prefix = prefix;
        this.sampler = new Thread(this::sample, "bench-thread-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling threads named {@code prefix…} every 5 ms. */
    static ThreadPeak start(String prefix) {
        ThreadPeak p = new ThreadPeak(prefix);
        p.peak.set(p.count());
        p.sampler.start();
        return p;
    }

    /** Live threads named with the prefix, now. */
    long count() {
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

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.join();
        peak.accumulateAndGet(count(), Math::max);
    }
}
