package dev.wanr2v.testkit.emulator;

import dev.wanr2v.R2vRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request received by an emulator, as its protocol reads it. A protocol that decodes a
 * create body reports the neutral request with {@link #decoded(R2vRequest)}, so that the journal
 * keeps it beside the request.
 */
public final class Exchange {
    private final Instant time;
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private volatile R2vRequest decoded;
    private volatile String createdTaskId;

    Exchange(Instant time, String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        this.time = time;
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.query = query;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        copy.replaceAll((k, v) -> List.copyOf(v));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /** When the request arrived, on the emulator's clock. */
    public Instant time() {
        return time;
    }

    /** {@code GET}, {@code POST}… */
    public String method() {
        return method;
    }

    /** The path, without the query string. */
    public String path() {
        return path;
    }

    /** The raw query string, without {@code ?}; {@code ""} if none. */
    public String query() {
        return query;
    }

    /** The first value of a query parameter, decoded. */
    public Optional<String> queryParameter(String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** Every header, by name (looked up ignoring case). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, ignoring the name's case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The token of an {@code Authorization: Bearer …} header, if there is a non-blank one. */
    public Optional<String> bearerToken() {
        return header("Authorization").filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(v -> v.substring(7).strip()).filter(t -> !t.isEmpty());
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Records the neutral request this exchange's body decodes to. */
    public void decoded(R2vRequest request) {
        this.decoded = request;
    }

    /** The neutral request reported by {@link #decoded(R2vRequest)}, if any. */
    public Optional<R2vRequest> decoded() {
        return Optional.ofNullable(decoded);
    }

    void created(String taskId) {
        this.createdTaskId = taskId;
    }

    String createdTaskId() {
        return createdTaskId;
    }

    byte[] sharedBody() {
        return body;
    }
}
