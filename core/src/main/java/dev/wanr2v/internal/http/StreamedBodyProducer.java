package dev.wanr2v.internal.http;

import dev.wanr2v.spi.RequestBody;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.support.classic.ContentOutputStream;
import org.apache.hc.core5.http.nio.support.classic.SharedOutputBuffer;

/**
 * Sends a {@link RequestBody.Streamed} body: its writer runs on a body-writer thread and writes into a
 * bounded buffer that the connection drains, so a body of any size needs only the buffer's memory.
 *
 * <p>Written here rather than taken from HttpCore's {@code AbstractClassicEntityProducer} for two
 * reasons. That class leaves its writer blocked on a full buffer for ever when the exchange fails (a
 * reset mid-body): the thread is lost, and a small writer pool then stalls every later body behind
 * it. And it always sends chunked, where a body that knows its length (a multipart upload: storage
 * hosts require {@code Content-Length} on POST forms) must say so.
 */
final class StreamedBodyProducer implements AsyncEntityProducer {
    static final int BUFFER_BYTES = 64 * 1024;

    private final RequestBody body;
    private final Executor writers;
    private final SharedOutputBuffer buffer = new SharedOutputBuffer(BUFFER_BYTES);
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    /** Set before the buffer is aborted: a writer failing after it failed because the exchange did. */
    private volatile boolean aborted;
    private volatile DataStreamChannel channel;

    StreamedBodyProducer(RequestBody body, Executor writers) {
        this.body = body;
        this.writers = writers;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        this.channel = channel;
        Exception failed = failure.get();
        if (failed != null) {
            // checked before any flush: the stream must not be ended, or a cut body would look complete
            throw failed instanceof IOException io ? io : new IOException(failed.getMessage(), failed);
        }
        if (started.compareAndSet(false, true)) {
            try {
                writers.execute(this::write);
            } catch (RejectedExecutionException e) {
                throw new IOException("the client is closed; the request body was not sent", e);
            }
        }
        buffer.flush(channel);
    }

    /**
     * On a body-writer thread: the whole body into the buffer, then the end of the stream. If the body
     * cannot be written, the buffer is left as it is (aborting it would end the stream as if the body
     * were whole) and the connection is asked for output, so that {@link #produce} fails the exchange with
     * a {@link BodyWriteException}.
     */
    private void write() {
        try {
            body.writeTo(new ContentOutputStream(buffer));
            buffer.writeCompleted();
        } catch (Exception e) {
            // a writer cut off by the exchange's end (a reset, a timeout, close) is no fault of the body: the
            // exchange fails for its own reason, not as a local file that could not be read
            if (!aborted && failure.compareAndSet(null, new BodyWriteException(e))) {
                channel.requestOutput();
            }
        }
    }

    @Override
    public void failed(Exception cause) {
        failure.compareAndSet(null, cause);
        aborted = true;
        buffer.abort(); // wakes a writer waiting for room: it ends instead of waiting for ever
    }

    @Override
    public void releaseResources() {
        aborted = true;
        buffer.abort();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public int available() {
        return failure.get() != null ? 1 : buffer.length(); // a failure must reach produce() to end the exchange
    }

    @Override
    public long getContentLength() {
        return body instanceof RequestBody.Streamed s ? s.contentLength() : -1;
    }

    @Override
    public String getContentType() {
        return body.contentType();
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return getContentLength() < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return null;
    }
}
