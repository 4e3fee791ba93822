package dev.wanr2v.testkit.emulator;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request an emulator received, with what it made of it and how it answered. Immutable.
 *
 * <p>A value class rather than a record: several parts are optional. {@link #toString()} masks
 * credentials.
 */
public final class RecordedRequest {
    private final Exchange exchange;
    private final Operation operation;
    private final String taskId;
    private final int status;
    private final Reply reply;
    private final Fault fault;

    RecordedRequest(Exchange exchange, Route route, Reply reply, Fault fault) {
        this.exchange = exchange;
        this.operation = route == null ? null : route.operation();
        this.taskId = route != null && !route.taskId().isEmpty() ? route.taskId() : exchange.createdTaskId();
        this.status = reply == null ? 0 : reply.status();
        this.reply = reply;
        this.fault = fault;
    }

    /** When it arrived, on the emulator's clock. */
    public Instant time() {
        return exchange.time();
    }

    /** Which call it was; empty for a path the vendor does not have. */
    public Optional<Operation> operation() {
        return Optional.ofNullable(operation);
    }

    /** {@code GET}, {@code POST}… */
    public String method() {
        return exchange.method();
    }

    /** The path, without the query string. */
    public String path() {
        return exchange.path();
    }

    /** The raw query string, or {@code ""}. */
    public String query() {
        return exchange.query();
    }

    /** Every header (looked up ignoring case). Holds credentials: do not log it. */
    public Map<String, List<String>> headers() {
        return exchange.headers();
    }

    /** The first value of a header, ignoring case. */
    public Optional<String> header(String name) {
        return exchange.header(name);
    }

    /** A copy of the body. */
    public byte[] body() {
        return exchange.body();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(exchange.sharedBody(), StandardCharsets.UTF_8);
    }

    /** The task id the path named, or the id of the task this create made. */
    public Optional<String> taskId() {
        return Optional.ofNullable(taskId);
    }

    /** The neutral request the emulator decoded from a create or cost estimate body. */
    public Optional<R2vRequest> decodedRequest() {
        return exchange.decoded();
    }

    /** The HTTP status answered; 0 when a network fault answered nothing readable. */
    public int status() {
        return status;
    }

    /**
     * The answer sent (status, headers, body), as a provider's codec receives it; empty when a network fault
     * answered nothing readable. A body a fault truncated is the truncated one.
     */
    public Optional<Reply> reply() {
        return Optional.ofNullable(reply);
    }

    /** The fault injected into this call, if any. */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    /** Method, path, status, fault; credentials never. */
    @Override
    public String toString() {
        String auth = exchange.header("Authorization").map(v -> ", Authorization: "
                + (v.toLowerCase(Locale.ROOT).startsWith("bearer ") ? "Bearer ****" : "****")).orElse("");
        return "RecordedRequest[" + (operation == null ? "unrouted" : operation) + " " + method() + " " + path()
                + auth + " -> " + status + (fault == null ? "" : ", fault " + fault) + "]";
    }
}
