package dev.wanr2v;

/**
 * What kind of failure an {@link R2vException} is; one exception class per category.
 */
public enum ErrorCategory {
    /** The request breaks a rule; nothing was sent (or the vendor rejected it as invalid). */
    INVALID_REQUEST(false),
    /** The library is misconfigured: no provider, unknown provider, missing key or base URL. */
    CONFIGURATION(false),
    /** The API key is missing, wrong, or belongs to another region. */
    AUTHENTICATION(false),
    /** The key may not do this: no access to the model, account overdue, insufficient balance. */
    PERMISSION(false),
    /** Too many requests; retrying later helps. */
    RATE_LIMITED(true),
    /** The vendor's content moderation refused the prompt or media. */
    CONTENT_REJECTED(false),
    /** The vendor failed internally (HTTP 5xx and similar). */
    PROVIDER_ERROR(true),
    /** The network failed: connection refused or reset, DNS, TLS. */
    TRANSPORT(true),
    /** One HTTP call took longer than its timeout. */
    TIMEOUT(true),
    /** A wait ran past its deadline; the task may still finish and can be awaited again. */
    AWAIT_TIMEOUT(true),
    /** The task ran and failed at the vendor. */
    TASK_FAILED(false),
    /** The task was canceled. */
    TASK_CANCELED(false),
    /** The vendor no longer knows the task (expired, typically after 24 h, or never existed). */
    TASK_EXPIRED(false),
    /** A create call failed in a way that leaves open whether the vendor accepted (and bills) it. */
    SUBMIT_OUTCOME_UNKNOWN(false),
    /** The vendor answered with something this library cannot read. */
    UNEXPECTED_RESPONSE(false),
    /** The provider cannot do this at all (e.g. cancel, cost estimate). */
    UNSUPPORTED(false),
    /** The task is in a state that does not allow the operation (e.g. cancel of a running task). */
    CONFLICT(false),
    /** The caller interrupted or canceled a wait; the task itself goes on. */
    INTERRUPTED(false);

    private final boolean retryableByDefault;

    ErrorCategory(boolean retryableByDefault) {
        this.retryableByDefault = retryableByDefault;
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
