package dev.wanr2v.internal.http;

import dev.wanr2v.spi.RequestBody;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.support.classic.AbstractClassicEntityProducer;

/**
 * Sends a {@link RequestBody.Streamed} body: its writer runs on a body-writer thread and writes into a
 * bounded buffer that the connection drains, so a body of any size needs only the buffer's memory.
 */
final class StreamedBodyProducer extends AbstractClassicEntityProducer {
    static final int BUFFER_BYTES = 64 * 1024;

    private final RequestBody body;

    StreamedBodyProducer(RequestBody body, Executor writers) {
        super(BUFFER_BYTES, ContentType.parse(body.contentType()), writers);
        this.body = body;
    }

    @Override
    protected void produceData(ContentType contentType, OutputStream out) throws IOException {
        body.writeTo(out);
    }
}
