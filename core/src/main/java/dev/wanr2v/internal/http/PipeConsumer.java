package dev.wanr2v.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Hands an answer's body to a blocking {@link InputStream} as it arrives, with flow control: the
 * connection is asked for more only when the reader has made room, so memory stays within a window
 * whatever the video's size.
 */
public final class PipeConsumer implements AsyncResponseConsumer<DownloadHead> {
    static final int WINDOW = 256 * 1024;

    private final long maxBytes;
    private final CompletableFuture<DownloadHead> head = new CompletableFuture<>();
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private final ByteArrayOutputStream errorBody = new ByteArrayOutputStream();
    private volatile CapacityChannel capacity;
    private FutureCallback<DownloadHead> callback;
    private DownloadHead result;
    private long received;
    private long granted;
    private int buffered;
    private boolean ended;
    private boolean abandoned;
    private IOException failure;

    public PipeConsumer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Completes with the answer's head once it is known (for 2xx at once; for errors after the body), or
     * fails: an {@link IOException} as a {@link TransportFailure} (see {@link TransportFailure#classify}),
     * anything else as it is.
     */
    public CompletableFuture<DownloadHead> head() {
        return head;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
            FutureCallback<DownloadHead> resultCallback) throws IOException {
        DownloadHead checked = DownloadChecks.head(response, maxBytes);
        synchronized (this) {
            callback = resultCallback;
            result = checked;
        }
        if (checked.isSuccess()) {
            head.complete(checked);
        }
        if (entity == null) {
            streamEnd(List.of());
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing for us
    }

    @Override
    public void updateCapacity(CapacityChannel channel) throws IOException {
        this.capacity = channel;
        grant();
    }

    /** Opens the window as far as the reader has made room; only once the connection gave us its channel. */
    private void grant() throws IOException {
        CapacityChannel c = capacity;
        if (c == null) {
            return;
        }
        int room;
        synchronized (this) {
            long outstanding = granted - received;
            room = (int) Math.max(0, WINDOW - buffered - outstanding);
            if (room < WINDOW / 4) {
                return;
            }
            granted += room;
        }
        c.update(room);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        synchronized (this) {
            received += src.remaining();
            if (!result.isSuccess()) {
                DownloadChecks.keepErrorBody(errorBody, src);
                return;
            }
            byte[] chunk = new byte[src.remaining()];
            src.get(chunk);
            if (abandoned) {
                return;
            }
            DownloadChecks.checkSize(received, maxBytes);
            chunks.add(chunk);
            buffered += chunk.length;
            notifyAll();
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        FutureCallback<DownloadHead> cb;
        DownloadHead done;
        synchronized (this) {
            ended = true;
            cb = callback;
            done = result.ended(received, errorBody.toByteArray());
            notifyAll();
        }
        head.complete(done);
        if (cb != null) {
            cb.completed(done);
        }
    }

    @Override
    public void failed(Exception cause) {
        synchronized (this) {
            failure = cause instanceof IOException io ? io : new IOException(cause);
            notifyAll();
        }
        // an I/O failure reaches the caller classified, as the exchange's own future reports it
        head.completeExceptionally(cause instanceof IOException ? TransportFailure.classify(cause, true) : cause);
    }

    @Override
    public void releaseResources() {
        // chunks are dropped with the consumer
    }

    /**
     * The reader has gone: drop what is buffered and let the connection read on (discarding), so that a
     * connection whose window we had closed can process the cancellation and be released.
     */
    private void abandon() throws IOException {
        CapacityChannel c;
        synchronized (this) {
            abandoned = true;
            chunks.clear();
            buffered = 0;
            c = capacity;
        }
        if (c != null) {
            c.update(Integer.MAX_VALUE / 2);
        }
    }

    /** The reading end. {@code onClose} aborts the exchange. */
    public InputStream stream(Runnable onClose) {
        return new InputStream() {
            private byte[] current;
            private int pos;
            private boolean closed;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (closed) {
                    throw new IOException("the stream is closed");
                }
                if (len == 0) {
                    return 0;
                }
                if (current == null || pos == current.length) {
                    current = next();
                    pos = 0;
                    if (current == null) {
                        return -1;
                    }
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }

            private byte[] next() throws IOException {
                byte[] chunk;
                synchronized (PipeConsumer.this) {
                    while (chunks.isEmpty() && !ended && failure == null) {
                        try {
                            PipeConsumer.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new InterruptedIOException("interrupted while reading the video");
                        }
                    }
                    if (failure != null && chunks.isEmpty()) {
                        throw new IOException("the download broke: " + failure.getMessage(), failure);
                    }
                    chunk = chunks.poll();
                    if (chunk == null) {
                        return null;
                    }
                    buffered -= chunk.length;
                }
                grant();
                return chunk;
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    abandon();
                    onClose.run();
                }
            }
        };
    }
}
