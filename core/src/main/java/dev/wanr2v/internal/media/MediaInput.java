package dev.wanr2v.internal.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/** Positional reads of exactly the bytes asked for, never a whole file. Big-endian unless told. */
final class MediaInput {
    private final SeekableByteChannel channel;
    private final long size;

    MediaInput(SeekableByteChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    /**
     * Exactly {@code length} bytes at {@code position}.
     *
     * @param what names the structure being read, for the message when the data ends first
     */
    ByteBuffer read(long position, int length, String what) throws IOException, DamagedMediaException {
        if (position < 0 || length < 0 || position > size - length) {
            throw DamagedMediaException.cut(what, position, position + length, size);
        }
        ByteBuffer buffer = readUpTo(position, length);
        if (buffer.remaining() < length) {
            throw new DamagedMediaException(what + " at byte " + position + " could not be read: the data shrank to "
                    + (position + buffer.remaining()) + " bytes while being read");
        }
        return buffer;
    }

    /** Exactly {@code length} bytes at {@code position}, little-endian. */
    ByteBuffer readLittleEndian(long position, int length, String what) throws IOException, DamagedMediaException {
        return read(position, length, what).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Up to {@code length} bytes at {@code position}: fewer at the end of the data, none past it. */
    ByteBuffer readUpTo(long position, int length) throws IOException {
        int wanted = (int) Math.max(0, Math.min(length, size - position));
        ByteBuffer buffer = ByteBuffer.allocate(wanted);
        if (wanted > 0) {
            channel.position(position);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    break;
                }
            }
        }
        return buffer.flip();
    }

    static long u32(ByteBuffer b, int index) {
        return Integer.toUnsignedLong(b.getInt(index));
    }

    static int u16(ByteBuffer b, int index) {
        return Short.toUnsignedInt(b.getShort(index));
    }

    static int u8(ByteBuffer b, int index) {
        return Byte.toUnsignedInt(b.get(index));
    }

    /** Four bytes as ASCII text; bytes that are not printable ASCII show as '?', so messages stay clean. */
    static String fourCc(ByteBuffer b, int index) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            int c = u8(b, index + i);
            chars[i] = c >= 0x20 && c < 0x7F ? (char) c : '?';
        }
        return new String(chars);
    }
}
