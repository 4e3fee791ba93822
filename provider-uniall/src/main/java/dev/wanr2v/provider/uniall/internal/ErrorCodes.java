package dev.wanr2v.provider.uniall.internal;

import dev.wanr2v.ErrorCategory;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Error codes that decide a category whatever the HTTP status: OpenAI-style codes and types, those of
 * OpenAI-compatible gateways, and the upstream DashScope codes a gateway may pass through.
 */
final class ErrorCodes {
    /** The account has no balance or quota left: retrying cannot help. */
    private static final Set<String> QUOTA = Set.of("insufficient_quota", "insufficient_user_quota",
            "insufficient_balance", "billing_hard_limit_reached", "arrearage");
    /** Content moderation refused the prompt or media. */
    private static final Set<String> CONTENT = Set.of("content_policy_violation", "content_filter",
            "moderation_blocked", "sensitive_words_detected", "datainspectionfailed", "data_inspection_failed",
            "ipinfringementsuspect");
    private static final Set<String> AUTHENTICATION = Set.of("invalid_api_key", "invalidapikey");
    private static final Set<String> INVALID = Set.of("invalid_request_error", "invalidparameter",
            "model_not_found", "invalid_parameter");
    private static final Set<String> RATE = Set.of("rate_limit_exceeded", "throttling", "throttling.ratequota");

    private ErrorCodes() {
    }

    /**
     * The category a code or type decides whatever the HTTP status: an exhausted balance or quota (often
     * sent with HTTP 429, but retrying cannot help) and content moderation.
     */
    static Optional<ErrorCategory> overriding(String code, String type) {
        if (matches(QUOTA, code, type)) {
            return Optional.of(ErrorCategory.PERMISSION);
        }
        return matches(CONTENT, code, type) ? Optional.of(ErrorCategory.CONTENT_REJECTED) : Optional.empty();
    }

    /** The category a code or type suggests when there is no HTTP error status to go by (HTTP 200, task failures). */
    static Optional<ErrorCategory> category(String code, String type) {
        Optional<ErrorCategory> decided = overriding(code, type);
        if (decided.isPresent()) {
            return decided;
        }
        if (matches(AUTHENTICATION, code, type)) {
            return Optional.of(ErrorCategory.AUTHENTICATION);
        }
        if (matches(RATE, code, type)) {
            return Optional.of(ErrorCategory.RATE_LIMITED);
        }
        return matches(INVALID, code, type) ? Optional.of(ErrorCategory.INVALID_REQUEST) : Optional.empty();
    }

    private static boolean matches(Set<String> set, String code, String type) {
        return in(set, code) || in(set, type);
    }

    private static boolean in(Set<String> set, String value) {
        return value != null && set.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
