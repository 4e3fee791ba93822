package dev.wanr2v.bench;

import java.io.OutputStream;

/**
 * Discards what is written and counts it; optionally runs a probe once, when the count first reaches
 * a given number of bytes (to look at the heap half-way through a stream).
 */
final class CountingSink extends OutputStream {
    private final long probeAt;
    private final Runnable probe;
    private long count;
    private boolean probed;

    CountingSink() {
        this(Long.MAX_VALUE, () -> { });
    }

    CountingSink(long probeAt, Runnable probe) {
        this.probeAt = probeAt;
        this.probe = probe;
    }

    @Override
    public void write(int b) {
        advance(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        advance(len);
    }

    private void advance(long n) {
        count += n;
        if (!probed && count >= probeAt) {
            probed = true;
            probe.run();
        }
    }

    long count() {
        return count;
    }
}
