package dev.wanr2v.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Masks secrets and shortens long values before anything is printed or logged. */
public final class Redaction {
    /** What a masked value is replaced with. */
    public static final String MASK = "****";

    private static final Pattern SENSITIVE_HEADER =
            Pattern.compile(".*(authorization|key|token|secret|cookie|signature|credential|password).*");

    private Redaction() {
    }

    /**
     * A URL without its query string, fragment or user info, which may carry credentials (signed
     * URLs). {@code data:} URIs are shortened to their header.
     */
    public static String url(String url) {
        if (url == null) {
            return "null";
        }
        if (url.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = url.indexOf(',');
            return (comma < 0 ? shorten(url, 40) : url.substring(0, comma + 1)) + "…";
        }
        String out = url;
        int cut = firstIndexOf(out, '?', '#');
        if (cut >= 0) {
            out = out.substring(0, cut) + (out.charAt(cut) == '?' ? "?" + MASK : "");
        }
        int scheme = out.indexOf("://");
        if (scheme >= 0) {
            int hostStart = scheme + 3;
            int slash = out.indexOf('/', hostStart);
            int at = out.lastIndexOf('@', slash < 0 ? out.length() : slash);
            if (at >= hostStart) {
                out = out.substring(0, hostStart) + MASK + "@" + out.substring(at + 1);
            }
        }
        return shorten(out, 300);
    }

    /** Whether a header's value must be masked: names with key, token, secret, cookie, signature… */
    public static boolean isSensitiveHeader(String name) {
        return SENSITIVE_HEADER.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** A header value as it may be logged. */
    public static String headerValue(String name, String value) {
        return isSensitiveHeader(name) ? MASK : value;
    }

    /** Replaces every occurrence of {@code secret} (if it is long enough to be one) in {@code text}. */
    public static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, MASK);
    }

    /**
     * At most about {@code max} characters of {@code text} (code points; an escape counts its length),
     * then {@code …(N characters)}. Never splits a surrogate pair; control characters and broken
     * surrogates are shown escaped, so a value cannot forge log lines.
     */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 24);
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < max) {
            int cp = text.codePointAt(i);
            if (Character.isISOControl(cp) || (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp))) {
                out.append(String.format("\\u%04x", cp));
                shown += 6;
            } else {
                out.appendCodePoint(cp);
                shown++;
            }
            i += Character.charCount(cp);
        }
        if (i < text.length()) {
            out.append("…(").append(text.codePointCount(0, text.length())).append(" characters)");
        }
        return out.toString();
    }

    private static int firstIndexOf(String s, char a, char b) {
        int ia = s.indexOf(a);
        int ib = s.indexOf(b);
        if (ia < 0) {
            return ib;
        }
        return ib < 0 ? ia : Math.min(ia, ib);
    }
}
