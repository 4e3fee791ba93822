package dev.wanr2v.bench;

/** Reads a top-level string or number field of a small flat JSON object without a parser. */
final class JsonScan {
    private JsonScan() {
    }

    /** The value of {@code "name": "…"} or {@code "name": 12.5}, or {@code null} if absent. */
    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\"");
        if (at < 0) {
            return null;
        }
        int i = skipSpaces(json, at + name.length() + 2);
        if (i >= json.length() || json.charAt(i) != ':') {
            return null;
        }
        i = skipSpaces(json, i + 1);
        if (i < json.length() && json.charAt(i) == '"') {
            int end = json.indexOf('"', i + 1);
            return end < 0 ? null : json.substring(i + 1, end);
        }
        int end = i;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '.')) {
            end++;
        }
        return end == i ? null : json.substring(i, end);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
