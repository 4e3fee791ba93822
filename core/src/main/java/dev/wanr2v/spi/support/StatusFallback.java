package dev.wanr2v.spi.support;

import dev.wanr2v.ErrorCategory;
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
 * <p>Whether a failed create was certainly not accepted, and whether a call may be repeated, is left to
 * the engine, which decides it from the same status when the codec does not say (see
 * {@link dev.wanr2v.spi.ErrorInfo#createNotAccepted()}).
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
}
