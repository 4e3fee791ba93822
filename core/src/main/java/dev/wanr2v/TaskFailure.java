package dev.wanr2v;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a task failed at the vendor, as a provider read it: the neutral category of the cause (a task
 * can fail because its request was invalid, its content was rejected, or the vendor broke), the
 * vendor's code and message, and the neutral rules a vendor code matches, if any.
 */
public final class TaskFailure {
    private final ErrorCategory category;
    private final String code;
    private final String message;
    private final List<Violation> violations;

    /**
     * @param category   the cause: {@link ErrorCategory#TASK_FAILED} when nothing more is known, else e.g.
     *                   {@link ErrorCategory#CONTENT_REJECTED} or {@link ErrorCategory#INVALID_REQUEST}
     * @param code       the vendor's failure code, or {@code null}
     * @param message    the vendor's failure message, or {@code null}
     * @param violations the neutral rules the failure matches (may be empty)
     */
    public TaskFailure(ErrorCategory category, String code, String message, List<Violation> violations) {
        this.category = Objects.requireNonNull(category, "category");
        this.code = code;
        this.message = message;
        this.violations = List.copyOf(violations);
    }

    /** A failure with only the vendor's code and message. */
    public static TaskFailure of(String code, String message) {
        return new TaskFailure(ErrorCategory.TASK_FAILED, code, message, List.of());
    }

    public ErrorCategory category() {
        return category;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskFailure f && category == f.category && Objects.equals(code, f.code)
                && Objects.equals(message, f.message) && violations.equals(f.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, code, message);
    }

    @Override
    public String toString() {
        return category.label() + (code == null ? "" : " " + code) + (message == null ? "" : ": " + message);
    }
}
