package dev.wanr2v.spi.support;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Times and numbers as vendors write them, read leniently: text in, a value or empty out, never an
 * exception. A codec passes the text of a JSON scalar (a number's text, or a string), so that
 * {@code 5} and {@code "5"} read alike.
 */
public final class Readings {
    private static final long FIRST_EPOCH_MILLI = 100_000_000_000L;
    private static final BigDecimal LAST_EPOCH_MILLI = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final int MAX_NUMBER_TEXT = 100;

    private Readings() {
    }

    /**
     * A point in time: epoch seconds ({@code 1773984104}; a fraction is dropped), epoch milliseconds (from
     * 100000000000 on: as seconds they would lie beyond the year 5000), or ISO-8601 text with an offset
     * ({@code 2026-03-20T05:21:44Z}, {@code 2026-03-20T13:21:44+08:00}). Zero, negative numbers and
     * anything else read as empty: vendors write 0 for "not yet".
     */
    public static Optional<Instant> instant(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<BigDecimal> number = decimal(t);
        if (number.isPresent()) {
            BigDecimal n = number.get();
            if (n.signum() <= 0 || n.compareTo(LAST_EPOCH_MILLI) > 0) {
                return Optional.empty();
            }
            long whole = n.longValue();
            return Optional.of(whole < FIRST_EPOCH_MILLI ? Instant.ofEpochSecond(whole) : Instant.ofEpochMilli(whole));
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An exact decimal ({@code "0.0065"}, {@code " 5 "}, {@code "1e3"}), trailing zeros kept; empty for
     * anything else, and for text longer than 100 characters.
     */
    public static Optional<BigDecimal> decimal(String text) {
        if (text == null || text.length() > MAX_NUMBER_TEXT) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Progress written as a percentage, 0 to 100 ({@code 42}, {@code "42"}, {@code "42%"}), as a fraction
     * of 1 ({@code 0.42}); empty for anything else. Values outside the range are passed on as they are.
     */
    public static Optional<Double> percentProgress(String text) {
        return decimal(withoutPercentSign(text)).map(d -> d.doubleValue() / 100.0);
    }

    /**
     * Progress written as a fraction of 1 ({@code 0.42}), as documented by some vendors, read as a
     * percentage when it says so ({@code "42%"}) or cannot be a fraction (above 1); empty for anything else.
     */
    public static Optional<Double> fractionProgress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        boolean percent = text.strip().endsWith("%");
        return decimal(withoutPercentSign(text)).map(d -> {
            double v = d.doubleValue();
            return percent || v > 1.0 ? v / 100.0 : v;
        });
    }

    private static String withoutPercentSign(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
    }
}
