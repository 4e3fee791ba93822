package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.internal.engine.Scheduler;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;

/** One call waiting for budget: its place in line, who asked, and the future that grants it. */
final class Ticket {
    static final Comparator<Ticket> ORDER = Comparator.comparingLong((Ticket t) -> t.key)
            .thenComparingLong(t -> t.order);

    final BudgetKind kind;
    final Member member;
    final TaskHandle handle;
    final long key;
    final long order;
    final Instant enqueuedAt;
    final CompletableFuture<Permit> future = new CompletableFuture<>();
    Scheduler.Cancellable deadlineTimer;
    boolean granted;

    Ticket(BudgetKind kind, Member member, TaskHandle handle, long key, long order, Instant enqueuedAt) {
        this.kind = kind;
        this.member = member;
        this.handle = handle;
        this.key = key;
        this.order = order;
        this.enqueuedAt = enqueuedAt;
    }

    boolean live() {
        return !future.isDone();
    }

    /** Grants it on its client's workers (never on the timer thread). Under the budget's lock. */
    void grant(Permit permit, Runnable unused) {
        granted = true;
        if (deadlineTimer != null) {
            deadlineTimer.cancel();
        }
        member.complete(future, permit, unused);
    }
}
