package dev.wanr2v.spi.support;

import java.nio.charset.StandardCharsets;

/**
 * A value (a task id, most often) written as exactly one path segment: {@code "a/b c"} in
 * {@code /v1/videos/{id}} gives {@code /v1/videos/a%2Fb%20c}.
 *
 * <p>The value is encoded as UTF-8; RFC 3986's unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) stay
 * as they are and every other byte is percent-encoded with upper-case hex digits. The dot segments
 * {@code .} and {@code ..}, which a URL resolver or proxy would remove or follow up the path, are
 * escaped as {@code %2E} and {@code %2E%2E}. A vendor's task id therefore cannot add a path segment,
 * remove one, or reach the query string, whatever it holds.
 */
public final class PathSegment {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegment() {
    }

    /**
     * The value as one path segment.
     *
     * @throws IllegalArgumentException if the value is null, empty or blank (it would name the collection
     *                                  instead of one of its items)
     */
    public static String encode(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a path segment (such as a task id) must not be blank: '"
                    + value + "'");
        }
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
