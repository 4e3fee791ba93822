package dev.wanr2v.internal.media;

import java.nio.ByteBuffer;

/**
 * The decoded bytes of well-formed standard base64 text, decoded on demand at any position: reading
 * a box header at byte 90,000,000 decodes only the characters that hold it, and nothing is ever
 * decoded into a whole array.
 */
final class Base64Channel extends ReadOnlyChannel {
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
        VALUES['='] = 0;
    }

    private final CharSequence text;
    private final int start;
    private final byte[] group = new byte[3];
    private long groupIndex = -1;

    /**
     * @param text          holds the base64 characters from {@code start} to its end
     * @param start         index of the first base64 character
     * @param decodedLength what {@link #decodedLength} returned for them (not {@code -1})
     */
    Base64Channel(CharSequence text, int start, long decodedLength) {
        super(decodedLength);
        this.text = text;
        this.start = start;
    }

    /**
     * How many bytes the base64 text from {@code start} decodes to, or {@code -1} if it is not
     * well-formed standard base64 (alphabet {@code A-Za-z0-9+/}, padded, a multiple of 4 characters).
     */
    static long decodedLength(CharSequence text, int start) {
        int n = text.length() - start;
        if (n <= 0 || n % 4 != 0) {
            return -1;
        }
        int padding = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                padding++;
            } else if (padding > 0 || c >= 128 || VALUES[c] < 0) {
                return -1;
            }
        }
        return padding > 2 ? -1 : (long) n / 4 * 3 - padding;
    }

    @Override
    void copy(long position, ByteBuffer dst, int length) {
        for (long p = position; p < position + length; p++) {
            long index = p / 3;
            if (index != groupIndex) {
                decodeGroup(index);
            }
            dst.put(group[(int) (p % 3)]);
        }
    }

    private void decodeGroup(long index) {
        int at = start + (int) (index * 4);
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            bits = (bits << 6) | VALUES[text.charAt(at + i)];
        }
        group[0] = (byte) (bits >> 16);
        group[1] = (byte) (bits >> 8);
        group[2] = (byte) bits;
        groupIndex = index;
    }
}
