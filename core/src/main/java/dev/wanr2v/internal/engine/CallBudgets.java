package dev.wanr2v.internal.engine;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.RetryEvent;
import dev.wanr2v.internal.budget.Budget;
import dev.wanr2v.internal.budget.BudgetErrors;
import dev.wanr2v.internal.budget.Member;
import dev.wanr2v.internal.budget.Permit;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * One call's dealings with its account's budget: a running-task slot for a create (where the vendor queues
 * no tasks), leave for every attempt (creates from the create budget, every other call to the vendor's API
 * from the query budget, calls to other hosts from none), and what the vendor's throttling teaches it.
 */
final class CallBudgets {
    private final Engine engine;
    private final CallSpec<?> spec;
    private final CompletableFuture<?> result;
    private final Member member;
    private final Budget budget;
    private volatile CompletableFuture<Permit> waiting;
    private volatile int throttles;

    CallBudgets(Engine engine, CallSpec<?> spec, CompletableFuture<?> result) {
        this.engine = engine;
        this.spec = spec;
        this.result = result;
        this.member = engine.budget();
        this.budget = member.budget();
        result.whenComplete((r, e) -> {
            CompletableFuture<Permit> w = waiting;
            if (result.isCancelled() && w != null) {
                w.cancel(false);
            }
        });
    }

    /** Whether the budget paces calls (else it only counts them). */
    boolean paces() {
        return budget.enabled();
    }

    /** Runs {@code next} once a create holds a running-task slot (at once when slots are not limited). */
    void slotThen(Runnable next) {
        if (spec.operation() != Operation.CREATE || !budget.limitsSlots()) {
            next.run();
            return;
        }
        whenGranted(budget.acquireSlot(member, spec.deadline(), this::heard), slot -> {
            result.whenComplete((r, e) -> budget.createEnded());
            next.run();
        });
    }

    /** Sends {@code call} once the budget allows it. */
    void permitThen(HttpCall call, Consumer<Permit> send) {
        if (call.isAbsolute()) {
            send.accept(Permit.NONE);
            return;
        }
        boolean create = spec.operation() == Operation.CREATE;
        boolean planned = spec.operation() == Operation.STATUS && spec.deadline() != null;
        whenGranted(budget.acquire(member, create ? BudgetKind.CREATE : BudgetKind.QUERY, spec.handle(), planned,
                create ? spec.deadline() : null, this::heard), send);
    }

    void sent(Permit permit) {
        if (permit.kind() != null) {
            budget.sent(permit);
        }
    }

    /** The call of this permit left, or never will. */
    void departed(Permit permit) {
        budget.departed(permit);
    }

    void throttled(Permit permit, Duration retryAfter) {
        throttles++;
        budget.throttled(permit, retryAfter);
    }

    /** A create's outcome is unknown: where running tasks are limited, it may hold one. */
    void outcomeUnknown() {
        if (budget.limitsSlots()) {
            budget.unknownOutcome();
        }
    }

    /**
     * The vendor throttled a create, so it certainly did not take it: it waits for budget again (the budget
     * has slowed down and pauses for {@code retryAfter}) unless its deadline has come or the vendor's pause
     * ends past it.
     */
    void requeueCreate(RateLimitedException error, Duration retryAfter, int attempt, Runnable again) {
        Instant now = engine.scheduler().now();
        Instant deadline = spec.deadline();
        if (deadline != null && (!now.isBefore(deadline)
                || (retryAfter != null && now.plus(retryAfter).isAfter(deadline)))) {
            result.completeExceptionally(BudgetErrors.throttledPastDeadline(member, error, retryAfter,
                    Duration.between(now, deadline), throttles));
            return;
        }
        engine.listeners().retry(spec.listener(), new RetryEvent(null, Operation.CREATE, attempt,
                retryAfter == null ? Duration.ZERO : retryAfter, error));
        try {
            engine.workers().execute(again);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(error);
        }
    }

    private void whenGranted(CompletableFuture<Permit> permit, Consumer<Permit> then) {
        if (permit.isDone() && !permit.isCompletedExceptionally()) {
            then.accept(permit.join());
            return;
        }
        waiting = permit;
        permit.whenComplete((p, e) -> {
            if (e == null) {
                then.accept(p);
            } else if (!(CallRunner.unwrap(e) instanceof CancellationException)) {
                result.completeExceptionally(afterThrottles(CallRunner.unwrap(e)));
            }
        });
        if (result.isDone()) {
            permit.cancel(false);
        }
    }

    /** A create the vendor throttled before it reached its deadline waiting for budget says so. */
    private Throwable afterThrottles(Throwable e) {
        Instant deadline = spec.deadline();
        if (throttles > 0 && e instanceof RateLimitedException r && deadline != null
                && !engine.scheduler().now().isBefore(deadline)) {
            return BudgetErrors.throttledPastDeadline(member, r, null, Duration.ZERO, throttles);
        }
        return e;
    }

    private void heard(BudgetWait wait) {
        engine.listeners().budgetWait(spec.listener(), wait);
    }
}
