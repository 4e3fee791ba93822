package dev.wanr2v.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A description of one HTTP request, made by a codec and sent by the engine. Immutable.
 *
 * <p>The target is either a path ({@code /api/v1/tasks/abc}) that the engine resolves against the
 * codec's {@link ProviderCodec#endpoint() endpoint} (keeping the endpoint's own path prefix), or an
 * absolute {@code https://} URL (e.g. an upload host; then the codec decides which credentials, if
 * any, go with it). The codec sets every header itself, the credentials included; the engine masks
 * sensitive headers in logs.
 */
public final class HttpCall {
    private final Operation operation;
    private final String method;
    private final String target;
    private final Map<String, List<String>> headers;
    private final RequestBody body;

    private HttpCall(Builder b) {
        this.operation = Objects.requireNonNull(b.operation, "operation");
        this.method = Objects.requireNonNull(b.method, "method");
        this.target = Objects.requireNonNull(b.target, "target");
        if (!target.startsWith("/") && !target.startsWith("https://") && !target.startsWith("http://")) {
            throw new IllegalArgumentException("target must be a path starting with '/' or an absolute URL: " + target);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = b.body;
    }

    /** A GET of a path or URL. */
    public static Builder get(Operation operation, String target) {
        return new Builder(operation, "GET", target);
    }

    /** A POST to a path or URL. */
    public static Builder post(Operation operation, String target) {
        return new Builder(operation, "POST", target);
    }

    /** Any method. */
    public static Builder of(Operation operation, String method, String target) {
        return new Builder(operation, method, target);
    }

    public Operation operation() {
        return operation;
    }

    /** {@code GET}, {@code POST}, … */
    public String method() {
        return method;
    }

    /** A path starting with {@code /}, or an absolute URL. */
    public String target() {
        return target;
    }

    /** Whether the target is an absolute URL rather than a path on the endpoint. */
    public boolean isAbsolute() {
        return !target.startsWith("/");
    }

    /** Headers, by name as given, each with its values in order. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (names compared ignoring case). */
    public java.util.Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    public RequestBody body() {
        return body;
    }

    /** Method and target only: headers may carry secrets, bodies may be large. */
    @Override
    public String toString() {
        return operation + " " + method + " " + target;
    }

    /** Builds an {@link HttpCall}. */
    public static final class Builder {
        private final Operation operation;
        private final String method;
        private final String target;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private RequestBody body = RequestBody.empty();

        private Builder(Operation operation, String method, String target) {
            this.operation = operation;
            this.method = method;
            this.target = target;
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value of header " + name));
            return this;
        }

        /** Adds {@code Authorization: Bearer <key>}. */
        public Builder bearer(String apiKey) {
            return header("Authorization", "Bearer " + apiKey);
        }

        public Builder body(RequestBody body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        public HttpCall build() {
            return new HttpCall(this);
        }
    }
}
