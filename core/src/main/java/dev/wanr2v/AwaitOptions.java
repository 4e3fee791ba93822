package dev.wanr2v;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to wait for a task: the overall deadline, who hears progress, and whether aborting the wait
 * (interrupt, future canceled) also cancels the task at the vendor. Immutable; start from
 * {@link #defaults()}.
 */
public final class AwaitOptions {
    private static final AwaitOptions DEFAULTS = new AwaitOptions(null, ProgressListener.none(), false, null);

    private final Duration timeout;
    private final ProgressListener listener;
    private final boolean cancelRemotelyOnAbort;
    private final PollPolicy pollPolicy;

    private AwaitOptions(Duration timeout, ProgressListener listener, boolean cancelRemotelyOnAbort,
            PollPolicy pollPolicy) {
        this.timeout = timeout;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.cancelRemotelyOnAbort = cancelRemotelyOnAbort;
        this.pollPolicy = pollPolicy;
    }

    /** The client's default deadline and poll policy, no listener, no remote cancel. */
    public static AwaitOptions defaults() {
        return DEFAULTS;
    }

    /** The overall deadline of the wait, counted from its start. Must be positive. */
    public AwaitOptions withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return new AwaitOptions(timeout, listener, cancelRemotelyOnAbort, pollPolicy);
    }

    /** Who hears progress. */
    public AwaitOptions withListener(ProgressListener listener) {
        return new AwaitOptions(timeout, listener, cancelRemotelyOnAbort, pollPolicy);
    }

    /**
     * Whether aborting the wait (interrupting the thread or canceling the future) also cancels the task
     * at the vendor, where the provider supports it. Off by default: the task keeps running and can be
     * awaited again.
     */
    public AwaitOptions withCancelRemotelyOnAbort(boolean cancel) {
        return new AwaitOptions(timeout, listener, cancel, pollPolicy);
    }

    /** A poll policy for this wait instead of the client's. */
    public AwaitOptions withPollPolicy(PollPolicy policy) {
        return new AwaitOptions(timeout, listener, cancelRemotelyOnAbort, Objects.requireNonNull(policy));
    }

    /** The deadline, unless the client's default applies. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    public ProgressListener listener() {
        return listener;
    }

    public boolean cancelRemotelyOnAbort() {
        return cancelRemotelyOnAbort;
    }

    /** The poll policy, unless the client's applies. */
    public Optional<PollPolicy> pollPolicy() {
        return Optional.ofNullable(pollPolicy);
    }
}
