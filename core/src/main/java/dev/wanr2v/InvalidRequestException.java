package dev.wanr2v;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request breaks one or more rules. Thrown before anything is sent, with every violation listed
 * (one per line); or, with an HTTP status in its details, when the vendor itself rejected the request
 * as invalid (then nothing was created and nothing is billed).
 */
public class InvalidRequestException extends R2vException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** Violations found before anything was sent. */
    public InvalidRequestException(List<Violation> violations) {
        this(violations, ErrorDetails.none());
    }

    /** A single violation. */
    public InvalidRequestException(Violation violation) {
        this(List.of(violation));
    }

    /** Violations with details (the provider id; an HTTP status if the vendor reported them). */
    public InvalidRequestException(List<Violation> violations, ErrorDetails details) {
        this(header(violations, details), violations, details, null);
    }

    /** A vendor's rejection, with a message of the engine's making. */
    public InvalidRequestException(String message, List<Violation> violations, ErrorDetails details,
            Throwable cause) {
        super(ErrorCategory.INVALID_REQUEST, message, details, cause);
        this.violations = List.copyOf(violations);
    }

    /** Every broken rule, in the order the fields appear in the request. */
    public List<Violation> violations() {
        return violations;
    }

    /** The ids of the broken rules, in order, with repeats. */
    public List<String> ruleIds() {
        return violations.stream().map(Violation::ruleId).toList();
    }

    private static String header(List<Violation> violations, ErrorDetails details) {
        String who = details.providerId().map(id -> "[" + id + "] ").orElse("");
        String head = who + (violations.size() == 1 ? "The request breaks 1 rule"
                : "The request breaks " + violations.size() + " rules")
                + (details.httpStatus().isPresent() ? " (rejected by the vendor, " + details + ")"
                        : "; nothing was sent")
                + ":";
        return head + violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining());
    }
}
