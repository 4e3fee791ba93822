package dev.wanr2v.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Wraps a body producer to notice when the body has been handed to the connection in full. Until
 * then the server cannot have a complete request, so a failure means "certainly not accepted". Counts
 * the bytes handed over, for a caller that wants to hear them (on the I/O thread: hand them on).
 */
final class SendTracker implements AsyncEntityProducer {
    private static final long MIN_STEP = 64 * 1024;

    private final AsyncEntityProducer delegate;
    private final LongConsumer sent;
    private final Runnable ended;
    private final long step;
    private volatile boolean complete;
    private long bytes;
    private long reported;

    /**
     * @param sent  hears the bytes sent so far, every 64 KB or 1 % of the body and at its end; {@code null}
     *              for no one
     * @param ended runs once, when the body has been handed over in full
     */
    SendTracker(AsyncEntityProducer delegate, LongConsumer sent, Runnable ended) {
        this.delegate = delegate;
        this.sent = sent;
        this.ended = ended;
        this.step = Math.max(MIN_STEP, delegate.getContentLength() / 100);
    }

    boolean complete() {
        return complete;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        delegate.produce(new DataStreamChannel() {
            @Override
            public void requestOutput() {
                channel.requestOutput();
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                int n = channel.write(src);
                bytes += n;
                if (sent != null && bytes - reported >= step) {
                    reported = bytes;
                    sent.accept(bytes);
                }
                return n;
            }

            @Override
            public void endStream() throws IOException {
                channel.endStream();
                ended();
            }

            @Override
            public void endStream(List<? extends Header> trailers) throws IOException {
                channel.endStream(trailers);
                ended();
            }
        });
    }

    private void ended() {
        if (complete) {
            return;
        }
        complete = true;
        if (sent != null && bytes > reported) {
            reported = bytes;
            sent.accept(bytes);
        }
        ended.run();
    }

    @Override
    public boolean isRepeatable() {
        return delegate.isRepeatable();
    }

    @Override
    public void failed(Exception cause) {
        delegate.failed(cause);
    }

    @Override
    public int available() {
        return delegate.available();
    }

    @Override
    public void releaseResources() {
        delegate.releaseResources();
    }

    @Override
    public long getContentLength() {
        return delegate.getContentLength();
    }

    @Override
    public String getContentType() {
        return delegate.getContentType();
    }

    @Override
    public String getContentEncoding() {
        return delegate.getContentEncoding();
    }

    @Override
    public boolean isChunked() {
        return delegate.isChunked();
    }

    @Override
    public Set<String> getTrailerNames() {
        return delegate.getTrailerNames();
    }
}
