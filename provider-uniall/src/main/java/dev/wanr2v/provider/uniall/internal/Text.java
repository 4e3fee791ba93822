package dev.wanr2v.provider.uniall.internal;

/** Vendor text made safe to show: shortened, one line, without the API key. */
final class Text {
    static final String MASK = "****";
    private static final int MAX = 500;

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
}
