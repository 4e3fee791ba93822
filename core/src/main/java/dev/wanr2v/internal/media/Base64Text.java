package dev.wanr2v.internal.media;

/**
 * The one statement of the base64 rules (alphabet {@code A-Za-z0-9+/}, {@code =} padding only at the
 * end and at most two, a multiple of 4 characters): a payload's decoded length, or why it breaks them.
 *
 * @param decodedLength how many bytes the text decodes to; {@code -1} when it is not well formed
 * @param problem       why it is not, to follow "the base64 data"; {@code null} when it is
 */
record Base64Text(long decodedLength, String problem) {
    static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    /** Checks the characters of {@code text} from {@code from} to its end. */
    static Base64Text check(CharSequence text, int from) {
        int n = text.length() - from;
        if (n <= 0) {
            return broken("is empty");
        }
        int padding = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                padding++;
            } else if (padding > 0) {
                return broken("has '=' padding before its end (at index " + i + ")");
            } else if (c >= 128 || VALUES[c] < 0) {
                return broken("holds a character that is not base64 at index " + i
                        + (c == '-' || c == '_' ? " (URL-safe base64 is not accepted; use + and /)" : ""));
            }
        }
        if (padding > 2 || n % 4 != 0) {
            return broken("has a length of " + n + ", which is not a multiple of 4: it is cut or badly padded");
        }
        return new Base64Text((long) n / 4 * 3 - padding, null);
    }

    private static Base64Text broken(String problem) {
        return new Base64Text(-1, problem);
    }
}
