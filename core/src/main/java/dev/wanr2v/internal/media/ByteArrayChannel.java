package dev.wanr2v.internal.media;

import java.nio.ByteBuffer;
import java.util.Objects;

/** A read-only channel over an array, without copying it. */
final class ByteArrayChannel extends ReadOnlyChannel {
    private final byte[] data;

    ByteArrayChannel(byte[] data) {
        this(data, data.length);
    }

    /** The first {@code length} bytes of the array. */
    ByteArrayChannel(byte[] data, int length) {
        super(length);
        this.data = Objects.requireNonNull(data, "data");
        Objects.checkFromIndexSize(0, length, data.length);
    }

    @Override
    void copy(long position, ByteBuffer dst, int length) {
        dst.put(data, (int) position, length);
    }
}
