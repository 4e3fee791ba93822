package dev.wanr2v.internal.config;

import dev.wanr2v.internal.budget.SharedBudget;
import dev.wanr2v.spi.AccountLimits;
import java.time.Duration;

/**
 * How a client keeps to its account's limits, resolved.
 *
 * @param enabled       whether calls are paced (else only counted)
 * @param limits        the provider's declared limits with the configured figures applied
 * @param submitTimeout how long a create may wait for budget
 * @param shared        the budget the user gave the builder, or {@code null} for the JVM-wide one of the account
 */
public record BudgetSettings(boolean enabled, AccountLimits limits, Duration submitTimeout, SharedBudget shared) {

    /** Resolves the budget settings over the provider's declared limits. */
    public static BudgetSettings resolve(SettingSources sources, AccountLimits declared, SharedBudget shared) {
        AccountLimits limits = new AccountLimits(
                sources.positiveDouble(CoreSetting.CREATE_RATE.key(), declared.createsPerSecond()),
                sources.positiveDouble(CoreSetting.QUERY_RATE.key(), declared.queriesPerSecond()),
                sources.nonNegativeInt(CoreSetting.RUNNING_TASKS.key(), declared.runningTasks()),
                sources.bool(CoreSetting.VENDOR_QUEUE.key(), declared.vendorQueue()), declared.documented());
        return new BudgetSettings(sources.bool(CoreSetting.BUDGETS.key(), true), limits,
                sources.duration(CoreSetting.SUBMIT_TIMEOUT.key(), Duration.ofMinutes(30)), shared);
    }
}
