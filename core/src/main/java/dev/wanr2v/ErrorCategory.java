package dev.wanr2v;

/**
 * What kind of failure an {@link R2vException} is; one exception class per category.
 *
 * <p>The CLI maps each category to its own exit code ({@link #exitCode()}).
 */
public enum ErrorCategory {
    /** The request breaks a rule; nothing was sent (or the vendor rejected it as invalid). */
    INVALID_REQUEST(2, false),
    /** The library is misconfigured: no provider, unknown provider, missing key or base URL. */
    CONFIGURATION(3, false),
    /** The API key is missing, wrong, or belongs to another region. */
    AUTHENTICATION(4, false),
    /** The key may not do this: no access to the model, account overdue, insufficient balance. */
    PERMISSION(5, false),
    /** Too many requests; retrying later helps. */
    RATE_LIMITED(6, true),
    /** The vendor's content moderation refused the prompt or media. */
    CONTENT_REJECTED(7, false),
    /** The vendor failed internally (HTTP 5xx and similar). */
    PROVIDER_ERROR(8, true),
    /** The network failed: connection refused or reset, DNS, TLS. */
    TRANSPORT(9, true),
    /** One HTTP call took longer than its timeout. */
    TIMEOUT(10, true),
    /** A wait ran past its deadline; the task may still finish and can be awaited again. */
    AWAIT_TIMEOUT(11, true),
    /** The task ran and failed at the vendor. */
    TASK_FAILED(12, false),
    /** The task was canceled. */
    TASK_CANCELED(13, false),
    /** The vendor no longer knows the task (expired, typically after 24 h, or never existed). */
    TASK_EXPIRED(14, false),
    /** A create call failed in a way that leaves open whether the vendor accepted (and bills) it. */
    SUBMIT_OUTCOME_UNKNOWN(15, false),
    /** The vendor answered with something this library cannot read. */
    UNEXPECTED_RESPONSE(16, false),
    /** The provider cannot do this at all (e.g. cancel, cost estimate). */
    UNSUPPORTED(17, false),
    /** The task is in a state that does not allow the operation (e.g. cancel of a running task). */
    CONFLICT(18, false),
    /** The caller interrupted or canceled a wait; the task itself goes on. */
    INTERRUPTED(19, false);

    private final int exitCode;
    private final boolean retryableByDefault;

    ErrorCategory(int exitCode, boolean retryableByDefault) {
        this.exitCode = exitCode;
        this.retryableByDefault = retryableByDefault;
    }

    /** The CLI's exit code for this category (documented in the README). */
    public int exitCode() {
        return exitCode;
    }

    /** Whether retrying the same call can help, unless the error says otherwise. */
    public boolean retryableByDefault() {
        return retryableByDefault;
    }

    /** Lower-case words for messages, {@code "rate limited"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
