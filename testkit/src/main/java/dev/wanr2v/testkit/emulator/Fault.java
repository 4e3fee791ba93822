package dev.wanr2v.testkit.emulator;

import dev.wanr2v.testkit.HostileBody;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something going wrong with one call, injected through {@link FaultPlan}.
 *
 * <p>Most faults stand in front of the vendor: the call is not handled (no task is created) and the
 * fault is the whole answer. The {@code afterHandling()} variants let the vendor handle the call first
 * (a task is created) and then lose or spoil the answer: the ambiguous case a billing-safe client
 * must not retry blindly. Delays, wrong content types and truncated bodies always spoil a real answer.
 */
public sealed interface Fault permits Fault.VendorError, Fault.RawReply, Fault.Network, Fault.Delay,
        Fault.WrongContentType, Fault.Truncated {

    /** Whether the vendor handles the call before the fault spoils its answer. */
    boolean handled();

    /**
     * The same fault after the vendor handled the call (a task may exist). Faults that always spoil a
     * real answer (delays, wrong content types, truncated bodies) are handled already and return
     * themselves.
     */
    Fault afterHandling();

    /** The vendor's own error answer for this status, with its usual code and message. */
    static VendorError status(int status) {
        return new VendorError(status, null, null, Map.of(), false);
    }

    /** The vendor's error answer with this code and message, e.g. {@code (400, "DataInspectionFailed", ...)}. */
    static VendorError vendorError(int status, String code, String message) {
        return new VendorError(status, code, message, Map.of(), false);
    }

    /** HTTP 429 in the vendor's words, with {@code Retry-After} in seconds. */
    static VendorError throttled(Duration retryAfter) {
        return status(429).retryAfter(retryAfter);
    }

    /** Any answer, in place of the vendor's. */
    static RawReply reply(int status, String contentType, byte[] body) {
        return new RawReply(status, contentType, body, Map.of(), false);
    }

    /** A hostile body (see {@code R2vArbitraries.hostileBodies()}) served with HTTP 200. */
    static RawReply body(HostileBody hostile) {
        return reply(200, hostile.contentType(), hostile.body());
    }

    /** The connection is reset by peer. */
    static Network connectionReset() {
        return new Network(Network.Kind.CONNECTION_RESET_BY_PEER, false);
    }

    /** The connection closes without any answer. */
    static Network emptyResponse() {
        return new Network(Network.Kind.EMPTY_RESPONSE, false);
    }

    /** A 200 status line, then a broken chunked body. */
    static Network malformedChunk() {
        return new Network(Network.Kind.MALFORMED_RESPONSE_CHUNK, false);
    }

    /** Garbage bytes instead of HTTP, then the connection closes. */
    static Network randomDataThenClose() {
        return new Network(Network.Kind.RANDOM_DATA_THEN_CLOSE, false);
    }

    /** The real answer, this much later (make it longer than the client's timeout). */
    static Delay delay(Duration delay) {
        return new Delay(delay);
    }

    /** The real answer served as {@code text/html; charset=utf-8}. */
    static WrongContentType wrongContentType() {
        return new WrongContentType("text/html; charset=utf-8");
    }

    /** The real answer cut to half its length. */
    static Truncated truncatedBody() {
        return new Truncated(0.5);
    }

    /**
     * The vendor's error answer.
     *
     * @param status  the HTTP status
     * @param code    the vendor's code, or {@code null} for its usual code for the status
     * @param message the message, or {@code null} for its usual message
     * @param headers extra headers, e.g. {@code Retry-After}
     * @param handled whether the vendor handled the call before answering the error
     */
    record VendorError(int status, String code, String message, Map<String, String> headers, boolean handled)
            implements Fault {
        /** Copies the headers. */
        public VendorError {
            headers = Map.copyOf(headers);
        }

        /** With {@code Retry-After: <seconds>}. */
        public VendorError retryAfter(Duration wait) {
            return withHeader("Retry-After", String.valueOf(wait.toSeconds()));
        }

        /** With {@code Retry-After: <HTTP-date>}. */
        public VendorError retryAfter(Instant when) {
            return withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(when.atOffset(ZoneOffset.UTC)));
        }

        /** With one more header. */
        public VendorError withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new VendorError(status, code, message, copy, handled);
        }

        /** The same error after the vendor handled the call (a task may exist). */
        @Override
        public VendorError afterHandling() {
            return new VendorError(status, code, message, headers, true);
        }
    }

    /**
     * An answer of the test's making.
     *
     * @param status      the HTTP status
     * @param contentType the content type, or {@code ""} for none
     * @param body        the body (shared)
     * @param headers     extra headers
     * @param handled     whether the vendor handled the call first
     */
    record RawReply(int status, String contentType, byte[] body, Map<String, String> headers, boolean handled)
            implements Fault {
        /** Copies the headers. */
        public RawReply {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }

        /** With one more header. */
        public RawReply withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new RawReply(status, contentType, body, copy, handled);
        }

        /** The same answer after the vendor handled the call. */
        @Override
        public RawReply afterHandling() {
            return new RawReply(status, contentType, body, headers, true);
        }

        @Override
        public String toString() {
            return "RawReply[" + status + ", " + contentType + ", " + body.length + " bytes, handled " + handled + "]";
        }
    }

    /**
     * A broken connection, played by WireMock.
     *
     * @param kind    what breaks
     * @param handled whether the vendor handled the call before the connection broke
     */
    record Network(Kind kind, boolean handled) implements Fault {
        /** The ways a connection breaks. */
        public enum Kind {
            /** The peer resets the connection. */
            CONNECTION_RESET_BY_PEER,
            /** The connection closes without a byte. */
            EMPTY_RESPONSE,
            /** A 200 status line, then a broken chunked body. */
            MALFORMED_RESPONSE_CHUNK,
            /** Garbage instead of HTTP, then the connection closes. */
            RANDOM_DATA_THEN_CLOSE
        }

        /** Checks the kind is present. */
        public Network {
            Objects.requireNonNull(kind, "kind");
        }

        /** The same break after the vendor handled the call (a task may exist). */
        @Override
        public Network afterHandling() {
            return new Network(kind, true);
        }
    }

    /**
     * The real answer, late.
     *
     * @param delay how late
     */
    record Delay(Duration delay) implements Fault {
        /** Checks the delay is not negative. */
        public Delay {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("negative delay " + delay);
            }
        }

        @Override
        public boolean handled() {
            return true;
        }

        /** Itself: the vendor always handles the call first. */
        @Override
        public Delay afterHandling() {
            return this;
        }
    }

    /**
     * The real answer with another content type.
     *
     * @param contentType the content type sent, or {@code ""} for none at all
     */
    record WrongContentType(String contentType) implements Fault {
        /** Checks the content type is present. */
        public WrongContentType {
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public boolean handled() {
            return true;
        }

        /** Itself: the vendor always handles the call first. */
        @Override
        public WrongContentType afterHandling() {
            return this;
        }
    }

    /**
     * The real answer cut short.
     *
     * @param keep the fraction of the body kept, in [0, 1)
     */
    record Truncated(double keep) implements Fault {
        /** Checks the fraction. */
        public Truncated {
            if (!(keep >= 0.0 && keep < 1.0)) {
                throw new IllegalArgumentException("keep must be in [0, 1): " + keep);
            }
        }

        @Override
        public boolean handled() {
            return true;
        }

        /** Itself: the vendor always handles the call first. */
        @Override
        public Truncated afterHandling() {
            return this;
        }
    }
}
