package dev.wanr2v.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The ASCII bytes of {@code data:{mime};base64,{payload}}, read from a channel one chunk at a time
 * and encoded per chunk. Chunks are a multiple of 3 bytes, so the encoded chunks join into exactly
 * the encoding of the whole. Holds two buffers of about one chunk whatever the size of the data.
 */
final class DataUriInputStream extends InputStream {
    private static final Base64.Encoder ENCODER = Base64.getEncoder();

    private final SeekableByteChannel channel;
    private final long expected;
    private final byte[] raw;
    private byte[] encoded;
    private int next;
    private int end;
    private long consumed;

    DataUriInputStream(SeekableByteChannel channel, String prefix, long expected, int chunkBytes) throws IOException {
        if (chunkBytes <= 0 || chunkBytes % 3 != 0) {
            throw new IllegalArgumentException("chunks must be a positive multiple of 3 bytes: " + chunkBytes);
        }
        this.channel = channel;
        this.expected = expected;
        this.raw = new byte[chunkBytes];
        byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
        this.encoded = Arrays.copyOf(head, Math.max(head.length, chunkBytes / 3 * 4));
        this.end = head.length;
        requireSize();
    }

    @Override
    public int read() throws IOException {
        return fill() ? encoded[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, end - next);
        System.arraycopy(encoded, next, b, off, n);
        next += n;
        return n;
    }

    /** Like {@link #read(byte[], int, int)}, into characters. */
    int read(char[] c, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, end - next);
        for (int i = 0; i < n; i++) {
            c[off + i] = (char) encoded[next + i];
        }
        next += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private boolean fill() throws IOException {
        if (next < end) {
            return true;
        }
        if (consumed == expected) {
            return false;
        }
        ByteBuffer chunk = ByteBuffer.wrap(raw, 0, (int) Math.min(raw.length, expected - consumed));
        while (chunk.hasRemaining()) {
            if (channel.read(chunk) < 0) {
                throw changed();
            }
        }
        int n = chunk.position();
        consumed += n;
        if (n == raw.length) {
            end = ENCODER.encode(raw, encoded);
        } else {
            encoded = ENCODER.encode(Arrays.copyOf(raw, n));
            end = encoded.length;
        }
        next = 0;
        if (consumed == expected) {
            requireSize();
        }
        return true;
    }

    private void requireSize() throws IOException {
        if (channel.size() != expected) {
            throw changed();
        }
    }

    private IOException changed() throws IOException {
        return new IOException("the media changed after it was inspected: it had " + expected + " bytes, now "
                + channel.size() + "; prepare the request again");
    }
}
