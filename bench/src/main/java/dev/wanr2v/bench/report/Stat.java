package dev.wanr2v.bench.report;

import java.util.Arrays;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A mean and the half-width of its 99.9 % confidence interval (Student's t over per-iteration values,
 * as JMH computes its score error); the error is NaN when it cannot be known (one value).
 */
record Stat(double mean, double error) {
    static final double CONFIDENCE = 0.999;

    /** The mean of per-iteration values and its error. */
    static Stat of(double[] values) {
        ListStatistics s = new ListStatistics();
        Arrays.stream(values).forEach(s::addValue);
        return new Stat(s.getMean(), values.length > 2 ? s.getMeanErrorAt(CONFIDENCE) : Double.NaN);
    }

    Stat times(double factor) {
        return new Stat(mean * factor, error * Math.abs(factor));
    }

    /**
     * This over {@code other}, both independent: relative errors added in quadrature (first-order
     * propagation).
     */
    Stat over(Stat other) {
        double r = mean / other.mean;
        return new Stat(r, Math.abs(r) * Math.hypot(error / mean, other.error / other.mean));
    }

    /** {@code 12.3 ± 0.4}: the error to two significant digits, the mean to the same decimal place. */
    String format() {
        if (Double.isNaN(error) || error == 0) {
            return Fmt.number(mean, 3) + (Double.isNaN(error) ? " (error unknown: under 3 iterations)" : " ± 0");
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(error)));
        return Fmt.fixed(mean, decimals) + " ± " + Fmt.fixed(error, decimals);
    }

    /** As {@link #format()}, in B, KB or MB. */
    String formatBytes() {
        return Double.isNaN(error) ? Fmt.bytes(mean) + " (error unknown)" : Fmt.bytes(mean) + " ± " + Fmt.bytes(error);
    }
}
