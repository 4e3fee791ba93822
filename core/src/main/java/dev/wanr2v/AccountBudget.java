package dev.wanr2v;

import dev.wanr2v.internal.budget.SharedBudget;

/**
 * One account's call budget, to share between clients that use different keys (or endpoints) of the same
 * account: give the same object to each builder.
 *
 * <pre>{@code
 * AccountBudget account = AccountBudget.create();
 * R2vClient a = R2v.builder().provider("dashscope").apiKey(keyA).budget(account).build();
 * R2vClient b = R2v.builder().provider("dashscope").apiKey(keyB).budget(account).build();
 * }</pre>
 *
 * <p>Clients of the same provider, endpoint and API key share one budget without this. The first client to
 * join sets the figures (the provider's {@link dev.wanr2v.spi.AccountLimits}, as configured); the budget is
 * stopped when its last client closes, and a later client starts it afresh. Its counters ({@link #stats()})
 * outlive it. A budget paces calls within one JVM; processes elsewhere that use the same account are only
 * noticed through the vendor's throttling, which slows this budget down.
 */
public final class AccountBudget {
    private final SharedBudget shared = new SharedBudget(() -> { });

    private AccountBudget() {
    }

    /** A budget to give to the builders of the clients of one account. */
    public static AccountBudget create() {
        return new AccountBudget();
    }

    /** What its clients sent and how the vendor took it, since it was made. */
    public BudgetStats stats() {
        return shared.stats();
    }

    SharedBudget shared() {
        return shared;
    }

    @Override
    public String toString() {
        BudgetStats s = stats();
        return "AccountBudget[" + s.calls() + " calls, " + s.throttled() + " throttled]";
    }
}
