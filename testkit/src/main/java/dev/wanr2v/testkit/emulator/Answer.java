package dev.wanr2v.testkit.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server sends for one request: a reply, or a broken connection, maybe late.
 *
 * @param reply   the reply; {@code null} with a network fault
 * @param network the connection fault, or {@code null}
 * @param delay   how late the answer starts
 */
record Answer(Reply reply, Fault.Network.Kind network, Duration delay) {

    static Answer of(Reply reply) {
        return new Answer(reply, null, Duration.ZERO);
    }

    /** The status sent; 0 for a broken connection. */
    int status() {
        return network != null ? 0 : reply.status();
    }

    /**
     * The answer once a fault has spoiled it.
     *
     * @param real the vendor's real reply, {@code null} when the fault kept the call from being handled
     */
    static Answer spoiled(Fault fault, Reply real, VendorProtocol protocol, EmulatorContext context) {
        if (fault instanceof Fault.VendorError e) {
            Reply reply = protocol.error(e.status(), e.code(), e.message(), context);
            for (Map.Entry<String, String> h : e.headers().entrySet()) {
                reply = reply.withHeader(h.getKey(), h.getValue());
            }
            return of(reply);
        }
        if (fault instanceof Fault.RawReply r) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (!r.contentType().isEmpty()) {
                headers.put("Content-Type", r.contentType());
            }
            headers.putAll(r.headers());
            return of(new Reply(r.status(), headers, r.body()));
        }
        if (fault instanceof Fault.Network n) {
            return new Answer(null, n.kind(), Duration.ZERO);
        }
        if (fault instanceof Fault.Delay d) {
            return new Answer(real, null, d.delay());
        }
        if (fault instanceof Fault.WrongContentType w) {
            Map<String, String> headers = new LinkedHashMap<>(real.headers());
            headers.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Type"));
            if (!w.contentType().isEmpty()) {
                headers.put("Content-Type", w.contentType());
            }
            return of(new Reply(real.status(), headers, real.body()));
        }
        Fault.Truncated t = (Fault.Truncated) fault;
        return of(real.withBody(Arrays.copyOf(real.body(), (int) (real.body().length * t.keep()))));
    }
}
