package dev.wanr2v;

import java.time.Duration;

/**
 * Counters of an {@link AccountBudget} since it was made: what its clients sent and how the vendor took
 * it. Counted with budgets switched off too, so the two can be compared.
 *
 * @param enabled         whether the budget paces calls ({@code budgets} setting)
 * @param creates         create calls sent (every attempt)
 * @param queries         other calls sent to the vendor's API (status, cancel, cost, upload grant)
 * @param throttled       calls the vendor answered with HTTP 429 (or its own throttling code)
 * @param waits           calls that waited for budget before they were sent
 * @param waited          the time calls spent waiting for budget, added up
 * @param waitingCreates  creates waiting for budget (or a running-task slot) now
 * @param waitingQueries  other calls waiting for budget now
 * @param running         tasks last seen running at the vendor (of this budget's clients)
 * @param queued          tasks last seen waiting in the vendor's queue
 * @param createRate      the create rate the budget keeps to now, per second (lower than the account's after
 *                        throttling, recovering towards it)
 * @param queryRate       the query rate the budget keeps to now, per second
 */
public record BudgetStats(boolean enabled, long creates, long queries, long throttled, long waits, Duration waited,
        int waitingCreates, int waitingQueries, int running, int queued, double createRate, double queryRate) {

    /** Every call sent. */
    public long calls() {
        return creates + queries;
    }
}
