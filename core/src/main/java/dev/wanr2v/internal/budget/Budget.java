package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import dev.wanr2v.BudgetStats;
import dev.wanr2v.BudgetWait;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.internal.engine.Scheduler;
import dev.wanr2v.spi.AccountLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One account's budget in this JVM, drawn on by every call of the clients that share it: a create gate, a
 * query gate (its order is the poll plan, {@link PollPriority}), running-task slots where the vendor queues
 * none, the tasks' last known states, and counters. Switched off, it only counts. One lock guards it all;
 * grants are delivered on the asking client's workers, timers run on the budget's scheduler.
 */
public final class Budget {
    private final AccountLimits limits;
    private final boolean enabled;
    private final Scheduler scheduler;
    private final boolean ownsScheduler;
    private final RateGate creates;
    private final RateGate queries;
    private final SlotGate slots;
    private final TaskBook book = new TaskBook();
    private final AtomicLong createCalls = new AtomicLong();
    private final AtomicLong queryCalls = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong waits = new AtomicLong();
    private final AtomicLong waitedNanos = new AtomicLong();
    private long tickets;

    Budget(AccountLimits limits, boolean enabled, Scheduler scheduler, boolean ownsScheduler) {
        this.limits = limits;
        this.enabled = enabled;
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        this.creates = new RateGate(BudgetKind.CREATE, limits.createsPerSecond(), this);
        this.queries = new RateGate(BudgetKind.QUERY, limits.queriesPerSecond(), this);
        this.slots = limits.createsWaitForSlots() ? new SlotGate(limits.runningTasks(), book, this) : null;
    }

    /** A membership of a budget nobody else uses; leaving closes it. */
    Member alone(String providerId, java.util.concurrent.Executor workers) {
        return new Member(this, providerId, workers, this::close);
    }

    /** The limits it keeps to (the account's, as configured). */
    public AccountLimits limits() {
        return limits;
    }

    /** Whether it paces calls; switched off it only counts them. */
    public boolean enabled() {
        return enabled;
    }

    /** Whether creates wait for a running-task slot. */
    public boolean limitsSlots() {
        return enabled && slots != null;
    }

    /**
     * Leave to send one call of this kind: at once when the pace allows and nobody waits, else when its turn
     * comes. A ticket with a {@code deadline} fails with a typed error there; {@code onWait} hears (on the
     * caller's thread) that the call waits.
     *
     * @param handle  the task the call is about, or {@code null}
     * @param planned whether it is a wait's poll (ordered by {@link PollPriority}) rather than a call a caller
     *                waits on
     */
    public CompletableFuture<Permit> acquire(Member member, BudgetKind kind, TaskHandle handle, boolean planned,
            Instant deadline, Consumer<BudgetWait> onWait) {
        if (!enabled) {
            return CompletableFuture.completedFuture(new Permit(kind, 0));
        }
        RateGate gate = kind == BudgetKind.CREATE ? creates : queries;
        Ticket ticket;
        BudgetWait wait;
        synchronized (this) {
            Instant now = now();
            Permit atOnce = gate.tryNow(now);
            if (atOnce != null) {
                return CompletableFuture.completedFuture(atOnce);
            }
            long key = kind == BudgetKind.CREATE ? 0 : PollPriority.key(now, handle,
                    handle == null ? null : book.status(handle), planned);
            ticket = new Ticket(kind, member, handle, key, ++tickets, now);
            int ahead = gate.line().waiting();
            wait = new BudgetWait(kind, handle, ahead, gate.estimate(ahead, now));
            expireAt(ticket, deadline, now, () -> round(gate.ceiling()) + " " + (kind == BudgetKind.CREATE ? "creates"
                    : "queries") + "/s for the account, " + round(gate.rate(now())) + "/s now");
            gate.enqueue(ticket, now);
        }
        onWait.accept(wait);
        return ticket.future;
    }

    /**
     * A running-task slot for a create, where the vendor queues no tasks; at once (a permit of no kind) when
     * slots are not limited. Give it back with {@link #createEnded}.
     */
    public CompletableFuture<Permit> acquireSlot(Member member, Instant deadline, Consumer<BudgetWait> onWait) {
        if (!limitsSlots()) {
            return CompletableFuture.completedFuture(Permit.NONE);
        }
        Ticket ticket;
        BudgetWait wait;
        synchronized (this) {
            Instant now = now();
            if (slots.tryNow(now)) {
                return CompletableFuture.completedFuture(new Permit(BudgetKind.RUNNING, 0));
            }
            ticket = new Ticket(BudgetKind.RUNNING, member, null, 0, ++tickets, now);
            wait = new BudgetWait(BudgetKind.RUNNING, null, slots.line().waiting(), null);
            expireAt(ticket, deadline, now, () -> "the account runs at most " + slots.capacity()
                    + " tasks at once and queues none");
            slots.enqueue(ticket, now);
        }
        onWait.accept(wait);
        return ticket.future;
    }

    /** A create that held a running-task slot ended; its task, if one was created, is known by now. */
    public synchronized void createEnded() {
        if (slots != null) {
            slots.release(now());
        }
    }

    synchronized void slotUnused() {
        createEnded();
    }

    /** A call was sent on this permit. */
    public void sent(Permit permit) {
        (permit.kind() == BudgetKind.CREATE ? createCalls : queryCalls).incrementAndGet();
    }

    /**
     * The call of this permit left for the vendor, or will never leave (it failed or was given up first); the
     * next call of its kind may follow after the spacing. Every permit must be reported; more than once is
     * harmless.
     */
    public void departed(Permit permit) {
        if (enabled && permit.kind() != null && permit.kind() != BudgetKind.RUNNING) {
            synchronized (this) {
                (permit.kind() == BudgetKind.CREATE ? creates : queries).departed(permit, now());
            }
        }
    }

    /** A call sent on this permit was throttled (HTTP 429 or the vendor's throttling code). */
    public void throttled(Permit permit, Duration retryAfter) {
        throttled.incrementAndGet();
        if (enabled && permit.kind() != null) {
            synchronized (this) {
                (permit.kind() == BudgetKind.CREATE ? creates : queries).throttled(permit, retryAfter, now());
            }
        }
    }

    /** A create was accepted; {@code known} is the create answer's snapshot, or null. */
    public synchronized void submitted(TaskHandle handle, TaskSnapshot known) {
        book.submitted(handle, known, now());
    }

    /** A create's outcome is unknown: a task may run, and counts as one until its lease ends. */
    public synchronized void unknownOutcome() {
        book.unknown(now());
    }

    /** A status answer about a task. */
    public void observed(TaskHandle handle, TaskSnapshot snapshot) {
        if (snapshot.status().isTerminal()) {
            ended(handle);
            return;
        }
        synchronized (this) {
            book.observed(handle, snapshot, now());
        }
    }

    /** A task ended, or the vendor no longer knows it: it runs no more. */
    public void ended(TaskHandle handle) {
        synchronized (this) {
            book.ended(handle);
            if (slots != null) {
                slots.pump(now());
            }
        }
    }

    /** The counters and the state now. */
    public synchronized BudgetStats stats() {
        Instant now = now();
        return new BudgetStats(enabled, createCalls.get(), queryCalls.get(), throttled.get(), waits.get(),
                Duration.ofNanos(waitedNanos.get()),
                creates.line().waiting() + (slots == null ? 0 : slots.line().waiting()), queries.line().waiting(),
                book.count(TaskStatus.RUNNING, now), book.count(TaskStatus.QUEUED, now), creates.rate(now),
                queries.rate(now));
    }

    /** Fails a client's waiting calls; they were never sent. */
    synchronized void leave(Member member) {
        creates.line().leave(member);
        queries.line().leave(member);
        if (slots != null) {
            slots.line().leave(member);
        }
    }

    /** Stops the budget's timer (the last client left). */
    synchronized void close() {
        creates.line().clear();
        queries.line().clear();
        if (slots != null) {
            slots.line().clear();
        }
        if (ownsScheduler) {
            scheduler.close();
        }
    }

    Instant now() {
        return scheduler.now();
    }

    Scheduler.Cancellable schedule(Duration delay, Runnable task) {
        return scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, task);
    }

    synchronized void locked(Runnable r) {
        r.run();
    }

    /** Counts a ticket's wait when it is granted. */
    void waited(Ticket t, Instant now) {
        waits.incrementAndGet();
        waitedNanos.addAndGet(Duration.between(t.enqueuedAt, now).toNanos());
    }

    private void expireAt(Ticket ticket, Instant deadline, Instant now, Supplier<String> limit) {
        if (deadline == null) {
            return;
        }
        ticket.deadlineTimer = schedule(Duration.between(now, deadline), () -> {
            RuntimeException error;
            synchronized (this) {
                error = BudgetErrors.deadline(ticket.member.providerId(), ticket.kind,
                        Duration.between(ticket.enqueuedAt, now()), limit.get());
            }
            ticket.future.completeExceptionally(error);
        });
    }

    private static String round(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.format(Locale.ROOT, "%.2f", rate);
    }
}
