package dev.wanr2v;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call waits for the account's budget instead of being sent at once (see {@link AccountBudget}):
 * which budget, for which task, how many calls wait before it and how long the engine expects it to wait.
 */
public final class BudgetWait {
    private final BudgetKind kind;
    private final TaskHandle handle;
    private final int ahead;
    private final Duration estimatedWait;

    /**
     * @param kind          what the call waits for
     * @param handle        the task the call is about, or {@code null} (a create)
     * @param ahead         calls waiting before this one (an estimate for status queries, which are planned)
     * @param estimatedWait the expected wait, or {@code null} when it cannot be told (a running-task slot)
     */
    public BudgetWait(BudgetKind kind, TaskHandle handle, int ahead, Duration estimatedWait) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.handle = handle;
        this.ahead = ahead;
        this.estimatedWait = estimatedWait;
    }

    /** What the call waits for. */
    public BudgetKind kind() {
        return kind;
    }

    /** The task the call is about, unless it is a create. */
    public Optional<TaskHandle> handle() {
        return Optional.ofNullable(handle);
    }

    /** Calls of the same kind waiting before this one. */
    public int ahead() {
        return ahead;
    }

    /** The expected wait, when it can be told. */
    public Optional<Duration> estimatedWait() {
        return Optional.ofNullable(estimatedWait);
    }

    /** What the call waits for, in words for a progress line: {@code "for the create budget (about 2 s)"}. */
    public String waitingFor() {
        return "for " + kind.label() + (estimatedWait == null ? ""
                : " (about " + Math.max(1, (estimatedWait.toMillis() + 999) / 1000) + " s)");
    }

    @Override
    public String toString() {
        return "waiting " + waitingFor();
    }
}
