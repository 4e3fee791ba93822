package dev.wanr2v.internal.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Objects;

/** Wraps a channel and counts the bytes and calls read through it, to prove inspection reads little. */
public final class CountingChannel implements SeekableByteChannel {
    private final SeekableByteChannel delegate;
    private long bytesRead;
    private long reads;

    public CountingChannel(SeekableByteChannel delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Bytes returned by {@link #read} so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Calls of {@link #read} so far. */
    public long reads() {
        return reads;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = delegate.read(dst);
        reads++;
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return delegate.write(src);
    }

    @Override
    public long position() throws IOException {
        return delegate.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return delegate.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        delegate.truncate(size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
