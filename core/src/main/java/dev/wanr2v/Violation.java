package dev.wanr2v;

import dev.wanr2v.internal.Redaction;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One broken rule of a request.
 *
 * <p>Prints as one line that says what is wrong and what to change:
 * {@code references: 6 items, but at most 5 are allowed (rule R2V-REF-COUNT)}; a reference is named by
 * its place in the prompt and its source too: {@code references[1] (character2, phone.jpg): …}.
 *
 * @param ruleId  the stable rule id, {@code R2V-…} for {@link Rule core rules}
 * @param field   the request field, e.g. {@code references[2]} or {@code duration}
 * @param value   the offending value, shortened and with secrets masked; may be empty. For a reference's
 *                field ({@code references[N]}), the reference's source: its path or shortened URL
 * @param message what is wrong and what is allowed
 */
public record Violation(String ruleId, String field, String value, String message) {

    private static final Pattern REFERENCE = Pattern.compile("(?:^|\\W)references\\[(\\d{1,9})]$");

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

    /**
     * The field as people read it. A reference is also named by its place in the prompt and by its
     * source (the {@link #value} of a reference's violation), {@code references[1] (character2, phone.jpg)};
     * any other field reads as it is. {@link #field} itself stays the machine-readable path.
     */
    public String label() {
        Matcher m = REFERENCE.matcher(field);
        if (!m.find()) {
            return field;
        }
        String place = "character" + (Long.parseLong(m.group(1)) + 1);
        return field + " (" + place + (value.isEmpty() ? "" : ", " + value) + ")";
    }

    /** {@code label: message (rule ID)}, e.g. {@code references[1] (character2, phone.jpg): … (rule R2V-…)}. */
    @Override
    public String toString() {
        return label() + ": " + message + " (rule " + ruleId + ")";
    }
}
