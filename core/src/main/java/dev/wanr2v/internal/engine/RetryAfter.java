package dev.wanr2v.internal.engine;

import dev.wanr2v.spi.HttpReply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After}: delay-seconds or an HTTP-date. */
final class RetryAfter {
    private RetryAfter() {
    }

    static Optional<Duration> read(HttpReply reply, Instant now) {
        return reply.header("Retry-After").flatMap(v -> parse(v, now));
    }

    static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
