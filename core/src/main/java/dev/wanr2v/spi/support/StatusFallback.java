package dev.wanr2v.spi.support;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.Operation;

/**
 * What an HTTP status says on its own, for error answers whose body names no code the provider knows
 * (an unknown code, an empty body, a proxy's HTML page). A provider's documented codes come first; this
 * is the fallback every provider and the engine share.
 *
 * <table>
 * <caption>The fallback</caption>
 * <tr><th>status</th><th>category</th></tr>
 * <tr><td>401</td><td>{@link ErrorCategory#AUTHENTICATION}</td></tr>
 * <tr><td>402, 403</td><td>{@link ErrorCategory#PERMISSION}</td></tr>
 * <tr><td>408</td><td>{@link ErrorCategory#TIMEOUT}</td></tr>
 * <tr><td>409</td><td>{@link ErrorCategory#CONFLICT}</td></tr>
 * <tr><td>429</td><td>{@link ErrorCategory#RATE_LIMITED}</td></tr>
 * <tr><td>any other 4xx</td><td>{@link ErrorCategory#INVALID_REQUEST}</td></tr>
 * <tr><td>5xx</td><td>{@link ErrorCategory#PROVIDER_ERROR}</td></tr>
 * <tr><td>anything else</td><td>{@link ErrorCategory#UNEXPECTED_RESPONSE}</td></tr>
 * </table>
 *
 * <p>The status also decides, when the codec does not say, whether a failed create was certainly not
 * accepted ({@link #createNotAccepted(int)}) and whether a call may be sent again ({@link #retryable(int)}):
 * the engine applies these rules to every provider's answers, so a codec sets
 * {@link ErrorInfo.Builder#createNotAccepted(boolean)} and {@link ErrorInfo.Builder#retryable(boolean)} only
 * where its vendor's codes say otherwise.
 */
public final class StatusFallback {
    private StatusFallback() {
    }

    /** The category an HTTP status implies on its own, as in the table above. */
    public static ErrorCategory category(int status) {
        return switch (status) {
            case 401 -> ErrorCategory.AUTHENTICATION;
            case 402, 403 -> ErrorCategory.PERMISSION;
            case 408 -> ErrorCategory.TIMEOUT;
            case 409 -> ErrorCategory.CONFLICT;
            case 429 -> ErrorCategory.RATE_LIMITED;
            default -> status >= 400 && status < 500 ? ErrorCategory.INVALID_REQUEST
                    : status >= 500 && status < 600 ? ErrorCategory.PROVIDER_ERROR
                    : ErrorCategory.UNEXPECTED_RESPONSE;
        };
    }

    /**
     * {@link #category(int)}, except that a status call answered 404 (Not Found) or 410 (Gone) is
     * {@link ErrorCategory#TASK_EXPIRED}: for vendors whose API says "no such task" that way (DashScope
     * does not: it answers status {@code UNKNOWN}).
     */
    public static ErrorCategory categoryForTaskApi(Operation operation, int status) {
        return operation == Operation.STATUS && (status == 404 || status == 410) ? ErrorCategory.TASK_EXPIRED
                : category(status);
    }

    /**
     * Whether the vendor certainly did not accept a create it answered with this status: a 4xx other than
     * 408 (Request Timeout) refused the request; after a 408, a 5xx or anything else the task may exist, and
     * the engine never sends the create again.
     */
    public static boolean createNotAccepted(int status) {
        return status >= 400 && status < 500 && status != 408;
    }

    /** The codec's {@link ErrorInfo#createNotAccepted()} if it says, else {@link #createNotAccepted(int)}. */
    public static boolean createNotAccepted(ErrorInfo info, int status) {
        return info.createNotAccepted().orElse(createNotAccepted(status));
    }

    /**
     * Whether a call answered with this status may be sent again after a pause: 408, 429, 500, 502, 503 and
     * 504, the statuses of a passing condition. A create goes again only if it was also certainly not
     * accepted.
     */
    public static boolean retryable(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** The codec's {@link ErrorInfo#retryable()} if it says, else {@link #retryable(int)}. */
    public static boolean retryable(ErrorInfo info, int status) {
        return info.retryable().orElse(retryable(status));
    }
}
