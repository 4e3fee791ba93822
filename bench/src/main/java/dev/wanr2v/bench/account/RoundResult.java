package dev.wanr2v.bench.account;

import dev.wanr2v.bench.stub.VendorQueue;
import java.util.Arrays;

/**
 * What one round measured. Times are virtual seconds; lag is, per task, the time from its end at the vendor
 * to the moment its caller learned of it.
 *
 * @param tasks            tasks awaited
 * @param accepted         status calls the account answered
 * @param throttled        status calls the account answered HTTP 429
 * @param acceptedLate     of those answered, in the second half of the vendor's makespan
 * @param throttledLate    of those throttled, in the second half
 * @param lagP50           median detection lag, seconds
 * @param lagP95           95th percentile detection lag, seconds
 * @param lagMax           largest detection lag, seconds
 * @param makespan         from the queue's start to the last task seen, seconds
 * @param vendorMakespan   from the queue's start to the last task's end at the vendor, seconds
 * @param threadsAdded     peak live JVM threads during the round, less those before it
 * @param heapPerWait      settled heap per wait right after every wait was registered, bytes
 * @param wallSeconds      wall-clock time of the round
 * @param unfinished       waits that neither ended nor failed in the round's time
 * @param failed           waits that failed
 * @param throttledWaits   waits the vendor's throttling ended, started again by the caller
 * @param throttledAfterCrowding throttled calls within a second after a crowded pair
 * @param crowdedPairs     calls that reached the account less than 1 / (2 Q) after the one before
 */
public record RoundResult(int tasks, long accepted, long throttled, long acceptedLate, long throttledLate,
        double lagP50, double lagP95, double lagMax, double makespan, double vendorMakespan, long threadsAdded,
        double heapPerWait, double wallSeconds, long unfinished, long failed, long throttledWaits,
        long throttledAfterCrowding, long crowdedPairs) {

    /** Status calls sent, throttled or not. */
    public long calls() {
        return accepted + throttled;
    }

    /** The physical bound on detection lag: every task asked once, N / Q seconds. */
    public double bound() {
        return (double) tasks / AccountRound.QUERIES_PER_SECOND;
    }

    static final class Builder {
        private final int tasks;
        private long accepted;
        private long throttled;
        private long acceptedLate;
        private long throttledLate;
        private double lagP50 = Double.NaN;
        private double lagP95 = Double.NaN;
        private double lagMax = Double.NaN;
        private double makespan = Double.NaN;
        private double vendorMakespan;
        private long threadsAdded;
        private double heapPerWait;
        private double wallSeconds;
        private long unfinished;
        private long failed;
        private long throttledWaits;
        private long throttledAfterCrowding;
        private long crowdedPairs;

        Builder(int tasks) {
            this.tasks = tasks;
        }

        Builder calls(long accepted, long throttled) {
            this.accepted = accepted;
            this.throttled = throttled;
            return this;
        }

        Builder secondHalf(long accepted, long throttled) {
            this.acceptedLate = accepted;
            this.throttledLate = throttled;
            return this;
        }

        Builder threadsAdded(long n) {
            this.threadsAdded = n;
            return this;
        }

        Builder heapPerWait(double bytes) {
            this.heapPerWait = bytes;
            return this;
        }

        Builder wallSeconds(double s) {
            this.wallSeconds = s;
            return this;
        }

        Builder unfinished(long n) {
            this.unfinished = n;
            return this;
        }

        Builder failed(long n) {
            this.failed = n;
            return this;
        }

        Builder crowding(long throttledAfterCrowding, long crowdedPairs) {
            this.throttledAfterCrowding = throttledAfterCrowding;
            this.crowdedPairs = crowdedPairs;
            return this;
        }

        Builder throttledWaits(long n) {
            this.throttledWaits = n;
            return this;
        }

        /** Lags and makespans from the vendor's timeline, when the queue opened, and when each task was seen. */
        Builder timing(VendorQueue queue, long opened, long[] seenAt) {
            vendorMakespan = queue.lastEndNanos() / 1e9;
            double[] lags = new double[seenAt.length];
            int n = 0;
            long last = 0;
            for (int i = 0; i < seenAt.length; i++) {
                if (seenAt[i] >= 0) {
                    lags[n++] = (seenAt[i] - opened - queue.endNanos()[i]) / 1e9;
                    last = Math.max(last, seenAt[i] - opened);
                }
            }
            if (n > 0) {
                double[] sorted = Arrays.copyOf(lags, n);
                Arrays.sort(sorted);
                lagP50 = percentile(sorted, 0.50);
                lagP95 = percentile(sorted, 0.95);
                lagMax = sorted[n - 1];
                makespan = n == seenAt.length ? last / 1e9 : Double.NaN;
            }
            return this;
        }

        RoundResult build() {
            return new RoundResult(tasks, accepted, throttled, acceptedLate, throttledLate, lagP50, lagP95, lagMax,
                    makespan, vendorMakespan, threadsAdded, heapPerWait, wallSeconds, unfinished, failed,
                    throttledWaits, throttledAfterCrowding, crowdedPairs);
        }

        /** Nearest-rank percentile of sorted values. */
        private static double percentile(double[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
