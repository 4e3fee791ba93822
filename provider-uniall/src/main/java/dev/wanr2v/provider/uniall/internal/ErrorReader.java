package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.support.StatusFallback;
import java.util.Optional;

/**
 * Reads UniAll's error answers into neutral errors; never throws. The vendor's words are taken as they are:
 * core masks the key in them and describes a body with no {@code error} member (a proxy's HTML page, say).
 */
final class ErrorReader {
    private static final String CHECK_BASE_URL = "check that UNIALL_BASE_URL is your UniAll account's API base URL"
            + " (the {BASE_URL} of UniAll's docs; /v1/... paths are appended to it)";

    /** An answer with a non-2xx status: quota and moderation codes decide, else the HTTP status. */
    ErrorInfo read(Operation operation, HttpReply reply) {
        VendorError error = Json.body(reply).flatMap(VendorError::ofBody).orElse(VendorError.NONE);
        ErrorCategory category = ErrorCodes.overriding(error.code(), error.type())
                .orElseGet(() -> byStatus(operation, reply.status()));
        return builder(category, error, reply).build();
    }

    /**
     * An error carried by a 2xx answer that holds no task: the code decides, else it is unexpected. An
     * answer to a create that names no task but an error did not create one (the engine reads that flag for
     * creates only).
     */
    ErrorInfo readInSuccess(VendorError error, HttpReply reply) {
        ErrorCategory category = ErrorCodes.category(error.code(), error.type())
                .orElse(ErrorCategory.UNEXPECTED_RESPONSE);
        return builder(category, error, reply).createNotAccepted(true).build();
    }

    private static ErrorInfo.Builder builder(ErrorCategory category, VendorError error, HttpReply reply) {
        ErrorInfo.Builder b = ErrorInfo.builder(category)
                .code(error.shownCode()).message(error.message());
        if (category == ErrorCategory.RATE_LIMITED) {
            b.retryable(true).createNotAccepted(true);
        } else if (category == ErrorCategory.PERMISSION || category == ErrorCategory.CONTENT_REJECTED) {
            b.retryable(false);
        }
        hint(category, reply.status()).ifPresent(b::hint);
        return b;
    }

    private static Optional<String> hint(ErrorCategory category, int status) {
        return Optional.ofNullable(switch (category) {
            case AUTHENTICATION -> "UniAll refused the API key: check UNIALL_API_KEY (or apiKey(..)); it must be a"
                    + " key of the account whose base URL you use.";
            case PERMISSION -> "UniAll refused the account: its balance or quota may be used up, or the key may not"
                    + " use this model; check the account's billing and model access (retrying will not help).";
            case CONTENT_REJECTED -> "UniAll's content moderation refused the prompt or a reference; change them.";
            case TASK_EXPIRED -> "UniAll no longer knows this task id: it expired, or it was created under another"
                    + " base URL or key.";
            case INVALID_REQUEST -> status == 404 || status == 405 ? checkEndpoint(status) : null;
            case UNEXPECTED_RESPONSE -> checkEndpoint(status);
            default -> null;
        });
    }

    private static String checkEndpoint(int status) {
        return "UniAll answered HTTP " + status + ": " + CHECK_BASE_URL
                + (status == 404 ? ", and that the model id (option model, UNIALL_MODEL) is one UniAll serves." : ".");
    }

    /** The category an HTTP status gives on its own; UniAll answers 404 to a status call for an unknown task. */
    static ErrorCategory byStatus(Operation operation, int status) {
        return StatusFallback.categoryForTaskApi(operation, status);
    }
}
