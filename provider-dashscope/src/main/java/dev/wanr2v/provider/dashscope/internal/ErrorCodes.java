package dev.wanr2v.provider.dashscope.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.Operation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DashScope's documented error codes and what each means in neutral terms.
 *
 * <p>A code not in the table is looked up by its family, the part before the first dot
 * ({@code Throttling.NewQuota} reads as {@code Throttling}); a code of no known family is left to the
 * HTTP status (see {@link ErrorReader}).
 */
public final class ErrorCodes {

    /**
     * The meaning of one code.
     *
     * @param category    the neutral category
     * @param notAccepted for a create: whether the vendor certainly did not accept the task
     *                    ({@code null}: let the engine decide by the HTTP status)
     * @param retryable   whether retrying helps ({@code null}: the category's default)
     * @param hint        what the user should do, one sentence, or {@code null}
     */
    public record Meaning(ErrorCategory category, Boolean notAccepted, Boolean retryable, String hint) {
    }

    /** The hint for a refused cancel. */
    public static final String CANCEL_HINT = "DashScope cancels only PENDING tasks; this one is already running"
            + " or finished, so let it end (or await it) instead.";

    private static final Map<String, Meaning> CODES = new HashMap<>();

    static {
        Meaning invalid = rejected(ErrorCategory.INVALID_REQUEST, null);
        put(invalid, "InvalidParameter", "BadRequest", "BadRequest.EmptyInput", "BadRequest.EmptyParameters",
                "BadRequest.EmptyModel", "UnsupportedOperation");
        put(rejected(ErrorCategory.INVALID_REQUEST, "The request body is too large for DashScope; shorten the"
                + " prompt and pass media as URLs."), "BadRequest.TooLarge");
        put(rejected(ErrorCategory.CONTENT_REJECTED, "DashScope's content moderation refused the prompt or a"
                + " reference; change the text or media before trying again."),
                "DataInspectionFailed", "data_inspection_failed");
        put(rejected(ErrorCategory.INVALID_REQUEST, "Every reference and audio guide must be a publicly"
                + " reachable http(s) URL that DashScope's servers can download (not localhost, an intranet"
                + " host or an expired signed URL)."), "InvalidURL");
        put(rejected(ErrorCategory.PERMISSION, "The Alibaba Cloud account is overdue; top it up in the Model"
                + " Studio console, then try again."), "Arrearage");
        put(rejected(ErrorCategory.AUTHENTICATION, "Check DASHSCOPE_API_KEY (or apiKey) and that the key"
                + " belongs to the region of the endpoint: intl, cn and us keys are not interchangeable."),
                "InvalidApiKey");
        put(rejected(ErrorCategory.PERMISSION, "The key may not use this model or workspace; check its"
                + " permissions and the model's availability in the Model Studio console."), "AccessDenied");
        put(rejected(ErrorCategory.PERMISSION, "The model is not activated for this account in this region;"
                + " activate it in the Model Studio console."), "AccessDenied.Unpurchased");
        put(new Meaning(ErrorCategory.TIMEOUT, false, true, "DashScope timed out; if this was a create, the"
                + " task may still exist, so look it up before submitting again."), "RequestTimeOut");
        put(new Meaning(ErrorCategory.RATE_LIMITED, true, true, null),
                "Throttling", "Throttling.RateQuota");
        put(new Meaning(ErrorCategory.RATE_LIMITED, true, true, "The account's concurrent task quota is in"
                + " use; wait for running tasks to finish or ask for a larger quota."), "Throttling.AllocationQuota");
        put(new Meaning(ErrorCategory.PROVIDER_ERROR, false, null, null), "InternalError", "InternalError.Algo");
    }

    private ErrorCodes() {
    }

    /** What a code means for an operation, if the code or its family is documented. */
    public static Optional<Meaning> lookup(String code, Operation operation) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        int dot = code.indexOf('.');
        String family = dot > 0 ? code.substring(0, dot) : code;
        if (family.equals("UnsupportedOperation") && operation == Operation.CANCEL) {
            return Optional.of(new Meaning(ErrorCategory.CONFLICT, null, false, CANCEL_HINT));
        }
        Meaning meaning = CODES.get(code);
        return Optional.ofNullable(meaning != null ? meaning : CODES.get(family));
    }

    /**
     * The category of a failed task's code: content rejected, an invalid request, or (for anything
     * else) {@link ErrorCategory#TASK_FAILED}.
     */
    public static ErrorCategory taskFailureCategory(String code) {
        ErrorCategory c = lookup(code, Operation.STATUS).map(Meaning::category).orElse(ErrorCategory.TASK_FAILED);
        return c == ErrorCategory.CONTENT_REJECTED || c == ErrorCategory.INVALID_REQUEST ? c
                : ErrorCategory.TASK_FAILED;
    }

    private static Meaning rejected(ErrorCategory category, String hint) {
        return new Meaning(category, true, null, hint);
    }

    private static void put(Meaning meaning, String... codes) {
        for (String code : codes) {
            CODES.put(code, meaning);
        }
    }
}
