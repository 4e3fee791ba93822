package dev.wanr2v.bench.stub;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A vendor's task timeline: {@code n} tasks queued in order at time 0, run first come first served on
 * {@code running} slots, each for a length drawn uniformly from 0.5 to 1.5 times the mean (seeded, so every
 * way of waiting meets the same timeline). Times are virtual nanoseconds from the round's start.
 */
public record VendorQueue(long[] startNanos, long[] endNanos) {

    public static VendorQueue fifo(int n, int running, double meanSeconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PriorityQueue<Long> free = new PriorityQueue<>();
        for (int i = 0; i < running; i++) {
            free.add(0L);
        }
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = free.poll();
            end[i] = start[i] + (long) (meanSeconds * (0.5 + random.nextDouble()) * 1e9);
            free.add(end[i]);
        }
        return new VendorQueue(start, end);
    }

    public int size() {
        return endNanos.length;
    }

    /** When the last task ends: the vendor's own makespan. */
    public long lastEndNanos() {
        long last = 0;
        for (long e : endNanos) {
            last = Math.max(last, e);
        }
        return last;
    }
}
