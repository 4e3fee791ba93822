package dev.wanr2v;

import dev.wanr2v.internal.Redaction;
import java.util.Objects;

/**
 * One broken rule of a request.
 *
 * <p>Prints as one line that says what is wrong and what to change:
 * {@code references: 6 items, but at most 5 are allowed (rule R2V-REF-COUNT)}.
 *
 * @param ruleId  the stable rule id, {@code R2V-…} for {@link Rule core rules}
 * @param field   the request field, e.g. {@code references[2]} or {@code duration}
 * @param value   the offending value, shortened and with secrets masked; may be empty
 * @param message what is wrong and what is allowed
 */
public record Violation(String ruleId, String field, String value, String message) {

    /** Maximum characters of an offending value kept in a violation. */
    public static final int MAX_VALUE_LENGTH = 60;

    /** Checks that nothing is null; shortens the value. */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        value = value == null ? "" : Redaction.shorten(value, MAX_VALUE_LENGTH);
    }

    /** A violation of a core rule. */
    public static Violation of(Rule rule, String field, Object value, String message) {
        return new Violation(rule.id(), field, value == null ? "" : String.valueOf(value), message);
    }

    /** The core rule, if this is one. */
    public java.util.Optional<Rule> rule() {
        return Rule.ofId(ruleId);
    }

    /** {@code field: message (rule ID)}. */
    @Override
    public String toString() {
        return field + ": " + message + " (rule " + ruleId + ")";
    }
}
