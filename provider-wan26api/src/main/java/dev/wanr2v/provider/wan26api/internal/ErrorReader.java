package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.VendorErrorException;
import dev.wanr2v.spi.support.StatusFallback;
import java.util.List;
import java.util.Optional;

/**
 * Turns the gateway's errors into neutral ones: HTTP error answers, errors inside 2xx answers, and
 * failed tasks.
 *
 * <p>Which failed creates are certainly "not accepted" (safe to send again without paying twice):
 * the validation rejections 001028001..4; 001028099 "task creation error", which hands out no task id
 * (there is nothing to look up or to be billed for later); HTTP 400, 401, 402, 403, 404, 413, 422 and
 * 429, which the gateway answers before it creates anything. Not certain, so left to the user as an
 * unknown outcome: 5xx answers, 408, and 001028095..98 at create (they name failures that happen after
 * a task exists).
 */
final class ErrorReader {
    private static final String TOP_UP = "The account's balance is too low or the key lacks permission for"
            + " wan26_r2v: top up the balance on the gateway's console, or check the key's permissions.";

    private ErrorReader() {
    }

    /**
     * Reads a non-2xx answer; never throws (the body is parsed by {@link HttpReply#parsed}, which turns
     * what it cannot read into no body, and every reading after it is lenient).
     */
    static ErrorInfo read(Operation operation, HttpReply reply) {
        JsonNode root = Json.body(reply).orElse(null);
        return map(VendorError.in(root), byStatus(operation, reply.status()));
    }

    /**
     * The error a 2xx answer carries, to be thrown from a {@code read…} method: without a known code, the
     * gateway's failure (it answered, and said it failed).
     */
    static VendorErrorException inSuccessfulAnswer(JsonNode root) {
        return new VendorErrorException(map(VendorError.in(root), ErrorInfo.builder(ErrorCategory.PROVIDER_ERROR)));
    }

    /** Why a task failed, from its {@code error} value (an object, a bare string, or absent). */
    static TaskFailure taskFailure(JsonNode error) {
        VendorError e = VendorError.of(error);
        if (e == null) {
            return new TaskFailure(ErrorCategory.TASK_FAILED, null, null, List.of());
        }
        Optional<ErrorCodes> known = e.known();
        if (known.isEmpty()) {
            return new TaskFailure(ErrorCategory.TASK_FAILED, e.code(), e.message(), List.of());
        }
        ErrorCodes code = known.get();
        return new TaskFailure(code.category(), code.code(), messageOf(e, code), code.violations(e.message()));
    }

    /**
     * The error as the engine needs it: a known code's meaning, else {@code unknown} with the vendor's code
     * and message. For a known code, whether a create was certainly not accepted is the code's (the engine
     * reads it for creates only); whether a call goes again is left to the SPI's status rules, which refuse
     * it for the 4xx answers seed 004's codes come with.
     */
    private static ErrorInfo map(VendorError error, ErrorInfo.Builder unknown) {
        Optional<ErrorCodes> known = error == null ? Optional.empty() : error.known();
        if (known.isEmpty()) {
            if (error != null) {
                unknown.code(error.code()).message(error.message());
            }
            return unknown.build();
        }
        ErrorCodes code = known.get();
        return ErrorInfo.builder(code.category()).code(code.code()).message(messageOf(error, code))
                .violations(code.violations(error.message())).hint(code.hint())
                .createNotAccepted(code.isRejection() || code == ErrorCodes.TASK_CREATION).build();
    }

    /** The vendor's message, or the code's documented description when it gave none (never blank: see VendorError). */
    private static String messageOf(VendorError error, ErrorCodes code) {
        return error.message() == null ? code.description() : error.message();
    }

    /**
     * The category and hint an HTTP error status alone implies: the SPI's fallback, except that a 404 to any
     * call but a status call means the base URL is wrong. Whether a create was accepted and whether a call
     * goes again are the SPI's status rules, which the engine applies.
     */
    private static ErrorInfo.Builder byStatus(Operation operation, int status) {
        ErrorCategory category = status == 404 && operation != Operation.STATUS ? ErrorCategory.CONFIGURATION
                : StatusFallback.categoryForTaskApi(operation, status);
        return ErrorInfo.builder(category).hint(hint(category, status));
    }

    private static String hint(ErrorCategory category, int status) {
        return switch (category) {
            case AUTHENTICATION -> "The gateway refused the API key; check WAN26API_API_KEY (or apiKey(..)).";
            case PERMISSION -> TOP_UP;
            case TASK_EXPIRED -> "The gateway does not know this task id: it expired or never existed.";
            case CONFIGURATION -> "The gateway has no such endpoint; check baseUrl (WAN26API_BASE_URL).";
            case INVALID_REQUEST -> status == 413
                    ? "The request body is too large for the gateway; pass large media as public URLs." : null;
            default -> null;
        };
    }
}
