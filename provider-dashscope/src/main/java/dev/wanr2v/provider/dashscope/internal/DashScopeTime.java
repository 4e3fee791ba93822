package dev.wanr2v.provider.dashscope.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * DashScope's task times, {@code "2025-07-27 21:05:15.212"}.
 *
 * <p>The docs give no time zone. This reads them as UTC+8, which is a <b>guess</b>: it is the local
 * offset of both the Beijing and the Singapore region, and nothing documents the Virginia region's
 * clock. The raw strings are kept as snapshot attributes ({@code submit_time}, {@code scheduled_time},
 * {@code end_time}) so a caller can reinterpret them.
 */
public final class DashScopeTime {
    /** The assumed offset of DashScope's zone-less times. */
    public static final ZoneOffset ASSUMED_OFFSET = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private DashScopeTime() {
    }

    /** The instant, or {@code null} when the text is absent or not in the documented form. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), FORMAT).toInstant(ASSUMED_OFFSET);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
