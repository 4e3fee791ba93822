package dev.wanr2v.internal.http;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * An HTTP exchange that ended without a usable answer. Says whether the request body had been handed
 * to the connection in full: if not, the server cannot have acted on the request.
 */
public final class TransportFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No connection: refused, DNS, TLS handshake, pool lease timeout. */
        CONNECT,
        /** The answer did not arrive within the timeout. */
        TIMEOUT,
        /** The connection broke (reset, closed early, malformed framing). */
        BROKEN,
        /** The answer cannot be used: larger than the cap, or not what was asked for (an HTML page for a video). */
        UNUSABLE,
        /** The exchange was canceled by us. */
        CANCELED,
        /**
         * The request body could not be produced here (a local file changed, vanished or became unreadable
         * while it was sent); the server never had the whole request.
         */
        BODY
    }

    private final Kind kind;
    private final boolean requestSent;

    public TransportFailure(Kind kind, boolean requestSent, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.requestSent = requestSent;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the whole request may have reached the server (its body was handed over in full). */
    public boolean requestSent() {
        return requestSent;
    }

    /** What kind of failure an exception from HttpClient is; {@code bodyComplete}: the whole request left. */
    public static TransportFailure classify(Exception e, boolean bodyComplete) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyWriteException body) {
                return new TransportFailure(TransportFailure.Kind.BODY, false, body.getMessage(), body.getCause());
            }
        }
        if (e instanceof CappedReplyConsumer.TooLarge || e instanceof DownloadChecks.Refused) {
            return new TransportFailure(TransportFailure.Kind.UNUSABLE, true, e.getMessage(), e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof org.apache.hc.client5.http.ConnectTimeoutException
                || (e instanceof SSLException && !bodyComplete)) {
            return new TransportFailure(TransportFailure.Kind.CONNECT, false, what, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                || e instanceof java.util.concurrent.TimeoutException) {
            return new TransportFailure(TransportFailure.Kind.TIMEOUT, bodyComplete, what, e);
        }
        return new TransportFailure(TransportFailure.Kind.BROKEN, bodyComplete, what, e);
    }
}
