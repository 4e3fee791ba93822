package dev.wanr2v.spi;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A codec's reading of a vendor error: its neutral category and everything the vendor said. The
 * engine turns it into the matching {@link dev.wanr2v.R2vException} subclass, adds the provider id,
 * the HTTP status and the task, and masks secrets.
 *
 * <p>For create calls, {@link #createNotAccepted()} tells the engine whether the vendor certainly did
 * not accept the task. Unset, the engine decides from the HTTP status
 * ({@link dev.wanr2v.spi.support.StatusFallback#createNotAccepted(int)}: a 4xx other than 408 means not
 * accepted, anything else leaves the outcome unknown).
 */
public final class ErrorInfo {
    private final ErrorCategory category;
    private final String code;
    private final String message;
    private final String requestId;
    private final Boolean retryable;
    private final Boolean createNotAccepted;
    private final Duration retryAfter;
    private final List<Violation> violations;
    private final String hint;

    private ErrorInfo(Builder b) {
        this.category = Objects.requireNonNull(b.category, "category");
        this.code = b.code;
        this.message = b.message;
        this.requestId = b.requestId;
        this.retryable = b.retryable;
        this.createNotAccepted = b.createNotAccepted;
        this.retryAfter = b.retryAfter;
        this.violations = List.copyOf(b.violations);
        this.hint = b.hint;
    }

    /** A builder for an error of this category. */
    public static Builder builder(ErrorCategory category) {
        return new Builder(category);
    }

    public ErrorCategory category() {
        return category;
    }

    /** The vendor's error code. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The vendor's error message. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** The vendor's request id. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * Whether repeating the call can help. Unset, the engine repeats the call by its HTTP status
     * ({@link dev.wanr2v.spi.support.StatusFallback#retryable(int)}), and the exception's
     * {@link dev.wanr2v.R2vException#isRetryable()} is its category's default.
     */
    public Optional<Boolean> retryable() {
        return Optional.ofNullable(retryable);
    }

    /** For a create: whether the vendor certainly did not accept the task; unset means decide by HTTP status. */
    public Optional<Boolean> createNotAccepted() {
        return Optional.ofNullable(createNotAccepted);
    }

    /** How long the vendor asked to wait; unset means the engine reads {@code Retry-After} itself. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** For invalid requests: the neutral rules the vendor's complaint matches, if any. */
    public List<Violation> violations() {
        return violations;
    }

    /** What the user should do next, in one sentence, if the codec knows better than the category. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    @Override
    public String toString() {
        return "ErrorInfo[" + category + (code == null ? "" : ", " + code) + "]";
    }

    /** Builds {@link ErrorInfo}. */
    public static final class Builder {
        private final ErrorCategory category;
        private String code;
        private String message;
        private String requestId;
        private Boolean retryable;
        private Boolean createNotAccepted;
        private Duration retryAfter;
        private List<Violation> violations = List.of();
        private String hint;

        private Builder(ErrorCategory category) {
            this.category = category;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Builder createNotAccepted(boolean notAccepted) {
            this.createNotAccepted = notAccepted;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public Builder violations(List<Violation> violations) {
            this.violations = List.copyOf(violations);
            return this;
        }

        public Builder hint(String hint) {
            this.hint = hint;
            return this;
        }

        public ErrorInfo build() {
            return new ErrorInfo(this);
        }
    }
}
