package dev.wanr2v.reliability.matrix;

import java.time.Duration;

/** The faults of the matrix, in the order of the issue. */
enum FaultKind {
    REFUSED("connection refused"),
    RESET_BEFORE_SENT("reset before the request is sent"),
    RESET_AFTER_SENT("reset after the request is sent"),
    EMPTY_RESPONSE("empty response"),
    MALFORMED_CHUNKED("malformed chunked body"),
    RANDOM_BYTES("random bytes"),
    SLOW("answer slower than the timeout"),
    HTTP_400("HTTP 400"),
    HTTP_401("HTTP 401"),
    HTTP_403("HTTP 403"),
    HTTP_404("HTTP 404"),
    HTTP_408("HTTP 408"),
    HTTP_409("HTTP 409"),
    HTTP_413("HTTP 413"),
    HTTP_429("HTTP 429"),
    HTTP_429_RETRY_AFTER("HTTP 429, Retry-After: 1"),
    HTTP_500("HTTP 500"),
    HTTP_502("HTTP 502"),
    HTTP_503("HTTP 503"),
    HTTP_504("HTTP 504"),
    HTML_ERROR_PAGE("HTML error page (HTTP 502)"),
    TRUNCATED_JSON("truncated JSON"),
    WRONG_CONTENT_TYPE("wrong content type"),
    OVERSIZED_BODY("body over the cap"),
    UNKNOWN_STATUS("unknown status"),
    MISSING_FIELDS("missing fields");

    /** How long the vendor asks to wait in {@link #HTTP_429_RETRY_AFTER}: more than the suite's largest backoff. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    /** The HTTP status of a status fault, else 0. */
    int httpStatus() {
        return name().startsWith("HTTP_") ? Integer.parseInt(name().substring(5, 8)) : 0;
    }

    /** Whether the gate plays it (the emulator's server cannot). */
    boolean atGate() {
        return this == REFUSED || this == RESET_BEFORE_SENT;
    }

    @Override
    public String toString() {
        return label;
    }
}
