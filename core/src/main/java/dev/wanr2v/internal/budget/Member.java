package dev.wanr2v.internal.budget;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One client's membership of a budget: whom to name in messages, where grants are delivered (the client's
 * workers, never the budget's timer thread) and how to leave.
 */
public final class Member {
    private final Budget budget;
    private final String providerId;
    private final Executor executor;
    private final Runnable onLeave;
    private final java.util.concurrent.atomic.AtomicBoolean left = new java.util.concurrent.atomic.AtomicBoolean();

    Member(Budget budget, String providerId, Executor executor, Runnable onLeave) {
        this.budget = budget;
        this.providerId = providerId;
        this.executor = executor;
        this.onLeave = onLeave;
    }

    /** The budget this client draws on. */
    public Budget budget() {
        return budget;
    }

    String providerId() {
        return providerId;
    }

    /**
     * Leaves the budget: this client's waiting calls fail at once (nothing of theirs was sent), and a budget
     * no client uses any more stops its timer. Only the first call counts.
     */
    public void leave() {
        if (left.compareAndSet(false, true)) {
            budget.leave(this);
            onLeave.run();
        }
    }

    void complete(CompletableFuture<Permit> future, Permit permit, Runnable unused) {
        Runnable delivery = () -> {
            if (!future.complete(permit)) {
                budget.locked(unused);
            }
        };
        try {
            executor.execute(delivery);
        } catch (RejectedExecutionException e) {
            delivery.run();
        }
    }

    /** Ends a ticket of this client because the client closes. */
    void closed(Ticket t) {
        t.future.completeExceptionally(BudgetErrors.closed(providerId, t, budget.now()));
    }
}
