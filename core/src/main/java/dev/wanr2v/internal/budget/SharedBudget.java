package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetStats;
import dev.wanr2v.internal.engine.Scheduler;
import dev.wanr2v.spi.AccountLimits;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A budget that clients join and leave: made by the first client to join (with that client's figures),
 * stopped when the last one leaves, made afresh if another joins later. Its counters outlive it.
 */
public final class SharedBudget {
    private static final Logger LOG = LoggerFactory.getLogger(SharedBudget.class);

    private final Runnable onEmpty;
    private Budget budget;
    private int members;
    private BudgetStats last;

    /** {@code onEmpty} runs (outside this object's lock) after the last member left. */
    public SharedBudget(Runnable onEmpty) {
        this.onEmpty = onEmpty;
    }

    /**
     * Joins, making the budget if nobody uses it: on {@code scheduler} if given (tests), else on one of its
     * own from {@code own}.
     */
    public synchronized Member join(AccountLimits limits, String providerId, Executor workers, Scheduler scheduler,
            Supplier<Scheduler> own) {
        if (budget == null) {
            budget = new Budget(limits, true, scheduler != null ? scheduler : own.get(), scheduler == null);
        } else if (!budget.limits().equals(limits)) {
            LOG.warn("wan-r2v: [{}] this client's account limits ({}) differ from those of the budget it shares"
                    + " ({}); the shared budget keeps its own. Configure every client of one account alike.",
                    providerId, limits.describe(), budget.limits().describe());
        }
        members++;
        Budget joined = budget;
        return new Member(joined, providerId, workers, () -> left(joined));
    }

    /** The counters of the budget in use, or of the last one. */
    public synchronized BudgetStats stats() {
        if (budget != null) {
            return budget.stats();
        }
        return last != null ? last : new BudgetStats(true, 0, 0, 0, 0, Duration.ZERO, 0, 0, 0, 0, 0, 0);
    }

    /** Whether no client uses it now. */
    public synchronized boolean isEmpty() {
        return members == 0;
    }

    private void left(Budget b) {
        synchronized (this) {
            if (b != budget || --members > 0) {
                return;
            }
            last = b.stats();
            b.close();
            budget = null;
        }
        onEmpty.run();
    }
}
