package dev.wanr2v.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vendor's HTTP answer as the engine received it: status, headers and the whole body (read up to
 * the client's size cap). Immutable. Codecs read it; they never see a socket.
 */
public final class HttpReply {

    /** Parses a body, e.g. Jackson's {@code ObjectMapper::readTree}. */
    @FunctionalInterface
    public interface BodyParser<T> {
        /** The parsed body; may throw on anything it cannot read. */
        T parse(InputStream body) throws IOException;
    }

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * @param status  the HTTP status code
     * @param headers headers by name (compared ignoring case)
     * @param body    the body bytes (copied)
     */
    public HttpReply(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.merge(k.toLowerCase(Locale.ROOT), List.copyOf(v), (a, b) -> {
            List<String> both = new java.util.ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = Objects.requireNonNull(body, "body").clone();
    }

    /** A reply with a JSON body and no other headers (handy in codec tests). */
    public static HttpReply json(int status, String json) {
        return new HttpReply(status, Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    public int status() {
        return status;
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Headers by lower-case name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, names compared ignoring case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The media type without parameters, lower-case, or {@code ""}. */
    public String contentType() {
        String type = header("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body without copying it. */
    public InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /**
     * The body as {@code parser} reads it, leniently: empty when the body is empty, when the parser throws
     * (the body is not what it expected: HTML, truncated JSON, random bytes) or when it returns
     * {@code null}. Codecs read answers this way so that an unreadable body is "absent", never an exception.
     */
    public <T> Optional<T> parsed(BodyParser<T> parser) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parser.parse(bodyStream()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length + " bytes" + (contentType().isEmpty() ? "" : " " + contentType())
                + ")";
    }
}
