package dev.wanr2v.observation;

import java.time.Duration;

/** One wait for the account's budget, from {@link R2vObserver#budgetWaitStarted} to its end. */
@FunctionalInterface
public interface BudgetWaitObservation {

    /** An observation that ignores the end. */
    BudgetWaitObservation IGNORED = (waited, granted) -> { };

    /**
     * The wait ended. Heard once.
     *
     * @param waited  how long the call waited, on the client's clock
     * @param granted whether the call may go now; {@code false} when it gave up (its deadline came, it was
     *                canceled, or the client closed)
     */
    void ended(Duration waited, boolean granted);
}
