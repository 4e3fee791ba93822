package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The {@code wan26_r2v} model's error codes (seed 004). They may come in an error answer to the create
 * call or in a failed task's {@code error.code}; as JSON numbers they lose their leading zeros
 * ({@code 1028001}), so codes are matched by numeric value.
 */
enum ErrorCodes {
    REFERENCE_COUNT("001028001", "reference_urls must be an array with 1-5 items", Rule.REFERENCE_COUNT,
            "the gateway takes 1 to 5 references; pass 1 to 5 images or videos"),
    REFERENCE_IMAGES("001028002", "reference_urls can contain maximum 5 images", Rule.REFERENCE_IMAGES,
            "the gateway takes at most 5 image references; remove images"),
    REFERENCE_VIDEOS("001028003", "reference_urls can contain maximum 3 videos", Rule.REFERENCE_VIDEOS,
            "the gateway takes at most 3 video references; remove videos"),
    REFERENCE_URL("001028004", "Invalid reference URL format", Rule.URL_SYNTAX,
            "the gateway found a reference malformed; pass public http(s) URLs or"
                    + " data:{media type};base64,{data} URIs"),
    INTERNAL_GENERATION("001028095", "Internal generation error", null,
            "the gateway failed while generating; submitting the request again may succeed"),
    RESULT_PARSING("001028096", "Result parsing error", null,
            "the gateway could not read the model's result; submitting again may succeed"),
    HTTP_ERROR("001028097", "HTTP error response", null,
            "the gateway's upstream answered with an HTTP error; submitting again may succeed"),
    STATUS_CHECK("001028098", "Status check error", null,
            "the gateway could not check the task at its upstream; submitting again may succeed"),
    TASK_CREATION("001028099", "Task creation error", null,
            "the gateway could not create the task upstream; no task exists, submitting again may succeed");

    private final String code;
    private final long number;
    private final String description;
    private final Rule rule;
    private final String advice;

    ErrorCodes(String code, String description, Rule rule, String advice) {
        this.code = code;
        this.number = Long.parseLong(code);
        this.description = description;
        this.rule = rule;
        this.advice = advice;
    }

    /** The code as documented, with its leading zeros: {@code 001028001}. */
    String code() {
        return code;
    }

    /** Seed 004's description. */
    String description() {
        return description;
    }

    /** What the user should do next, as a sentence. */
    String hint() {
        return Character.toUpperCase(advice.charAt(0)) + advice.substring(1) + ".";
    }

    /** Whether the gateway rejected the request as invalid (001028001..4): nothing was created. */
    boolean isRejection() {
        return rule != null;
    }

    /** INVALID_REQUEST for rejections, else PROVIDER_ERROR: the gateway or its upstream broke. */
    ErrorCategory category() {
        return isRejection() ? ErrorCategory.INVALID_REQUEST : ErrorCategory.PROVIDER_ERROR;
    }

    /**
     * The neutral rule the code matches, as a violation quoting the vendor's message (never blank: see
     * {@link VendorError}), else the code's description.
     */
    List<Violation> violations(String vendorMessage) {
        if (rule == null) {
            return List.of();
        }
        String value = vendorMessage == null ? description : vendorMessage;
        return List.of(Violation.of(rule, "references", value, advice));
    }

    /** The known code with this text's numeric value ({@code "001028003"}, {@code "1028003"}). */
    static Optional<ErrorCodes> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long value = Long.parseLong(digits);
        for (ErrorCodes c : values()) {
            if (c.number == value) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
