package dev.wanr2v.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Wraps a body producer to notice when the body has been handed to the connection in full. Until
 * then the server cannot have a complete request, so a failure means "certainly not accepted".
 */
final class SendTracker implements AsyncEntityProducer {
    private final AsyncEntityProducer delegate;
    private final Runnable onComplete;
    private volatile boolean complete;

    SendTracker(AsyncEntityProducer delegate) {
        this(delegate, () -> { });
    }

    /** {@code onComplete} runs once, when the body has been handed over in full. */
    SendTracker(AsyncEntityProducer delegate, Runnable onComplete) {
        this.delegate = delegate;
        this.onComplete = onComplete;
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
                return channel.write(src);
            }

            @Override
            public void endStream() throws IOException {
                channel.endStream();
                completed();
            }

            @Override
            public void endStream(List<? extends Header> trailers) throws IOException {
                channel.endStream(trailers);
                completed();
            }
        });
    }

    private void completed() {
        if (!complete) {
            complete = true;
            onComplete.run();
        }
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
