package dev.wanr2v.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting for the report: fixed decimals, or significant digits, thousands separated. */
final class Fmt {
    private Fmt() {
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** {@code value} to {@code digits} significant digits, without exponent. */
    static String number(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return fixed(rounded.doubleValue(), Math.max(0, rounded.scale()));
    }

    /** {@code median (min – max)} of values, three significant digits. */
    static String medianAndRange(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) {
            return "";
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return number(median, 3) + " (" + number(sorted[0], 3) + " – " + number(sorted[n - 1], 3) + ")";
    }

    /** {@code ; k of n iterations meet it}: how many values pass {@code test}. */
    static String meeting(double[] values, java.util.function.DoublePredicate test) {
        long k = java.util.Arrays.stream(values).filter(test).count();
        return "; " + k + " of " + values.length + " iterations meet it";
    }

    /** Bytes as B, KB or MB (1024-based), three significant digits. */
    static String bytes(double bytes) {
        double abs = Math.abs(bytes);
        if (abs >= 1024 * 1024) {
            return number(bytes / (1024 * 1024), 3) + " MB";
        }
        if (abs >= 1024) {
            return number(bytes / 1024, 3) + " KB";
        }
        return number(bytes, 3) + " B";
    }
}
