package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import java.time.Instant;

/**
 * Running-task slots, for a vendor that runs a limited number of tasks at once and queues none: a create
 * waits until the tasks not yet seen to end ({@link TaskBook}) plus the creates under way are fewer than the
 * limit. First come, first served. Guarded by the budget's lock.
 */
final class SlotGate {
    private final int capacity;
    private final TaskBook book;
    private final TicketLine line;
    private final Budget budget;
    private int inFlight;

    SlotGate(int capacity, TaskBook book, Budget budget) {
        this.capacity = capacity;
        this.book = book;
        this.budget = budget;
        this.line = new TicketLine(budget, () -> pump(budget.now()));
    }

    TicketLine line() {
        return line;
    }

    int capacity() {
        return capacity;
    }

    /** Takes a slot at once if nobody waits and one is free. */
    boolean tryNow(Instant now) {
        if (line.waiting() == 0 && used(now) < capacity) {
            inFlight++;
            return true;
        }
        return false;
    }

    void enqueue(Ticket t, Instant now) {
        line.add(t);
        pump(now);
    }

    /** A create holding a slot ended; its task, if any, is in the book by now. */
    void release(Instant now) {
        inFlight--;
        pump(now);
    }

    /** Grants free slots in order; with tickets left, wakes when the next lease ends. */
    void pump(Instant now) {
        for (Ticket head = line.head(); head != null; head = line.head()) {
            if (used(now) >= capacity) {
                Instant expiry = book.nextExpiry();
                if (expiry != null) {
                    line.wakeAt(expiry, now);
                }
                return;
            }
            inFlight++;
            line.grantHead(new Permit(BudgetKind.RUNNING, 0), budget::slotUnused, now);
        }
    }

    private int used(Instant now) {
        return book.unfinished(now) + inFlight;
    }
}
