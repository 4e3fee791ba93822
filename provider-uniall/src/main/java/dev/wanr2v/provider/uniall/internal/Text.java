package dev.wanr2v.provider.uniall.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Vendor text made safe to show: shortened, one line, without the API key. */
final class Text {
    static final String MASK = "****";
    private static final int MAX = 500;
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>", Pattern.CASE_INSENSITIVE);

    private Text() {
    }

    /** At most {@value #MAX} characters on one line, with {@code secret} masked; {@code null} stays null. */
    static String clean(String text, String secret) {
        if (text == null) {
            return null;
        }
        String out = secret != null && secret.length() >= 4 ? text.replace(secret, MASK) : text;
        out = out.replaceAll("\\p{Cntrl}+", " ").strip();
        if (out.codePointCount(0, out.length()) > MAX) {
            out = out.substring(0, out.offsetByCodePoints(0, MAX)) + "…";
        }
        return out.isEmpty() ? null : out;
    }

    /** A non-JSON body described in a few words: an HTML page by its title, other text as it is. */
    static String describeBody(String body, String contentType, String secret) {
        String text = body.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (contentType.contains("html") || text.toLowerCase(Locale.ROOT).startsWith("<")) {
            Matcher title = TITLE.matcher(text);
            return "an HTML page" + (title.find() ? " titled \"" + clean(title.group(1), secret) + "\"" : "")
                    + ", not UniAll's JSON";
        }
        return clean(text, secret);
    }
}
