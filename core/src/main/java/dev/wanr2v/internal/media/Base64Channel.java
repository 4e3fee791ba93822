package dev.wanr2v.internal.media;

import java.nio.ByteBuffer;

/**
 * The decoded bytes of well-formed standard base64 text, decoded on demand at any position: reading
 * a box header at byte 90,000,000 decodes only the characters that hold it, and nothing is ever
 * decoded into a whole array.
 */
final class Base64Channel extends ReadOnlyChannel {
    private final CharSequence text;
    private final int start;
    private final byte[] group = new byte[3];
    private long groupIndex = -1;

    /**
     * @param text          holds the base64 characters from {@code start} to its end
     * @param start         index of the first base64 character
     * @param decodedLength what {@link Base64Text#check} found for them (not {@code -1})
     */
    Base64Channel(CharSequence text, int start, long decodedLength) {
        super(decodedLength);
        this.text = text;
        this.start = start;
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
            char c = text.charAt(at + i);
            bits = (bits << 6) | (c == '=' ? 0 : Base64Text.VALUES[c]);
        }
        group[0] = (byte) (bits >> 16);
        group[1] = (byte) (bits >> 8);
        group[2] = (byte) bits;
        groupIndex = index;
    }
}
