package dev.wanr2v.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.protocol.HttpContext;

/** A request that says when its head is handed to a ready connection (for a request without a body: when it leaves). */
final class DepartingRequest extends BasicRequestProducer {
    private final Runnable departing;
    private final AtomicBoolean departed = new AtomicBoolean();

    DepartingRequest(HttpRequest request, AsyncEntityProducer body, Runnable departing) {
        super(request, body);
        this.departing = departing;
    }

    @Override
    public void sendRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
        if (departed.compareAndSet(false, true)) {
            departing.run();
        }
        super.sendRequest(channel, context);
    }
}
