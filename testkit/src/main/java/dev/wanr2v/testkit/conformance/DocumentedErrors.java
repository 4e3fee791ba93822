package dev.wanr2v.testkit.conformance;

import static dev.wanr2v.ErrorCategory.AUTHENTICATION;
import static dev.wanr2v.ErrorCategory.CONTENT_REJECTED;
import static dev.wanr2v.ErrorCategory.INVALID_REQUEST;
import static dev.wanr2v.ErrorCategory.PERMISSION;
import static dev.wanr2v.ErrorCategory.PROVIDER_ERROR;
import static dev.wanr2v.ErrorCategory.RATE_LIMITED;
import static dev.wanr2v.ErrorCategory.TIMEOUT;

import dev.wanr2v.ErrorCategory;
import java.util.List;
import java.util.Map;

/**
 * The kit's catalogue of documented vendor errors, read from the project's protocol notes
 * independently of any provider, for the vendors the testkit emulates. Categories follow the neutral
 * model: a bad key is {@link ErrorCategory#AUTHENTICATION}; an overdue account, a missing permission
 * or an exhausted quota {@link ErrorCategory#PERMISSION}; moderation {@link ErrorCategory#CONTENT_REJECTED};
 * throttling {@link ErrorCategory#RATE_LIMITED}; the vendor's own failures {@link ErrorCategory#PROVIDER_ERROR}.
 */
public final class DocumentedErrors {
    private static final Map<String, List<DocumentedError>> CATALOGUE = Map.of(
            "dashscope", List.of(
                    DocumentedError.of(400, "InvalidParameter", INVALID_REQUEST),
                    DocumentedError.of(400, "DataInspectionFailed", CONTENT_REJECTED),
                    DocumentedError.of(400, "data_inspection_failed", CONTENT_REJECTED),
                    DocumentedError.of(400, "BadRequest.EmptyInput", INVALID_REQUEST),
                    DocumentedError.of(400, "BadRequest.EmptyParameters", INVALID_REQUEST),
                    DocumentedError.of(400, "BadRequest.EmptyModel", INVALID_REQUEST),
                    DocumentedError.of(400, "InvalidURL", INVALID_REQUEST),
                    DocumentedError.of(400, "Arrearage", PERMISSION),
                    DocumentedError.of(400, "UnsupportedOperation", INVALID_REQUEST),
                    DocumentedError.of(401, "InvalidApiKey", AUTHENTICATION),
                    DocumentedError.of(403, "AccessDenied", PERMISSION),
                    DocumentedError.of(403, "AccessDenied.Unpurchased", PERMISSION),
                    DocumentedError.of(408, "RequestTimeOut", TIMEOUT),
                    DocumentedError.of(413, "BadRequest.TooLarge", INVALID_REQUEST),
                    DocumentedError.of(429, "Throttling", RATE_LIMITED),
                    DocumentedError.of(429, "Throttling.RateQuota", RATE_LIMITED),
                    DocumentedError.of(429, "Throttling.AllocationQuota", RATE_LIMITED),
                    DocumentedError.of(500, "InternalError", PROVIDER_ERROR),
                    DocumentedError.of(500, "InternalError.Algo", PROVIDER_ERROR)),
            // UniAll publishes no error codes; these are the OpenAI conventions its gateway is modelled on.
            "uniall", List.of(
                    DocumentedError.of(400, "invalid_request_error", INVALID_REQUEST),
                    DocumentedError.of(401, "invalid_api_key", AUTHENTICATION),
                    DocumentedError.of(403, "insufficient_user_quota", PERMISSION),
                    DocumentedError.of(429, "rate_limit_exceeded", RATE_LIMITED),
                    DocumentedError.of(429, "insufficient_quota", PERMISSION),
                    DocumentedError.of(400, "content_policy_violation", CONTENT_REJECTED),
                    DocumentedError.of(500, "server_error", PROVIDER_ERROR)),
            // Seed 004 names the model's codes and HTTP 401, 403, 429, 500; codes come with a 4xx at create.
            "wan26api", List.of(
                    DocumentedError.of(400, "001028001", INVALID_REQUEST),
                    DocumentedError.of(400, "001028002", INVALID_REQUEST),
                    DocumentedError.of(400, "001028003", INVALID_REQUEST),
                    DocumentedError.of(400, "001028004", INVALID_REQUEST),
                    DocumentedError.of(400, "001028095", PROVIDER_ERROR),
                    DocumentedError.of(400, "001028096", PROVIDER_ERROR),
                    DocumentedError.of(400, "001028097", PROVIDER_ERROR),
                    DocumentedError.of(400, "001028098", PROVIDER_ERROR),
                    DocumentedError.of(400, "001028099", PROVIDER_ERROR),
                    DocumentedError.of(401, "401", AUTHENTICATION),
                    DocumentedError.of(403, "403", PERMISSION),
                    DocumentedError.of(429, "429", RATE_LIMITED),
                    DocumentedError.of(500, "500", PROVIDER_ERROR)));

    private DocumentedErrors() {
    }

    /** The documented errors of a vendor the testkit emulates, by emulator id; empty for others. */
    public static List<DocumentedError> forVendor(String emulatorId) {
        return CATALOGUE.getOrDefault(emulatorId, List.of());
    }
}
