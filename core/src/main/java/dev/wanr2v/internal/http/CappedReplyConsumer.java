package dev.wanr2v.internal.http;

import dev.wanr2v.spi.HttpReply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/** Reads an answer into memory, failing as soon as it grows past the cap. */
final class CappedReplyConsumer extends AbstractBinResponseConsumer<HttpReply> {
    private final long cap;
    private int status;
    private Map<String, List<String>> headers = Map.of();
    private ByteArrayOutputStream body = new ByteArrayOutputStream();

    CappedReplyConsumer(long cap) {
        this.cap = cap;
    }

    /** The answer grew larger than the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("the answer is larger than the " + cap + "-byte cap");
        }
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) throws IOException {
        status = response.getCode();
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            map.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        headers = map;
        body = new ByteArrayOutputStream();
    }

    @Override
    protected int capacityIncrement() {
        return 16 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (body.size() + (long) src.remaining() > cap) {
            throw new TooLarge(cap);
        }
        byte[] chunk = new byte[src.remaining()];
        src.get(chunk);
        body.write(chunk);
    }

    @Override
    protected HttpReply buildResult() {
        return new HttpReply(status, headers, body.toByteArray());
    }

    @Override
    public void releaseResources() {
        body = new ByteArrayOutputStream();
    }
}
