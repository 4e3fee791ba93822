package dev.wanr2v.internal.budget;

import dev.wanr2v.internal.engine.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The tickets waiting at one gate, in ticket order, and the gate's one timer. Tickets that ended while
 * waiting (canceled, past their deadline) are skipped, not searched for. Guarded by the budget's lock.
 */
final class TicketLine {
    private final Budget budget;
    private final Runnable onTimer;
    private final PriorityQueue<Ticket> queue = new PriorityQueue<>(Ticket.ORDER);
    private int waiting;
    private Scheduler.Cancellable armed;
    private Instant armedAt;

    /** {@code onTimer} runs under the lock when the timer set by {@link #wakeAt} fires. */
    TicketLine(Budget budget, Runnable onTimer) {
        this.budget = budget;
        this.onTimer = onTimer;
    }

    int waiting() {
        return waiting;
    }

    void add(Ticket t) {
        queue.add(t);
        waiting++;
        t.future.whenComplete((p, e) -> budget.locked(() -> {
            if (!t.granted) {
                waiting--;
            }
        }));
    }

    /** The first live ticket, or {@code null}. */
    Ticket head() {
        Ticket head = queue.peek();
        while (head != null && !head.live()) {
            queue.poll();
            head = queue.peek();
        }
        return head;
    }

    /**
     * Grants the head (which {@link #head()} just returned); {@code unused} runs if the ticket ended before
     * the grant reached it.
     */
    void grantHead(Permit permit, Runnable unused, Instant now) {
        Ticket t = queue.poll();
        waiting--;
        budget.waited(t, now);
        t.grant(permit, unused);
    }

    /** Fails the waiting tickets of a client that leaves. */
    void leave(Member member) {
        queue.removeIf(t -> {
            if (t.member == member && t.live()) {
                member.closed(t);
                return true;
            }
            return false;
        });
    }

    /** Fails every waiting ticket (the budget closes). */
    void clear() {
        for (Ticket t : queue) {
            if (t.live()) {
                t.member.closed(t);
            }
        }
        queue.clear();
    }

    /** Runs the timer action at {@code at}, unless an earlier wake-up is set already. */
    void wakeAt(Instant at, Instant now) {
        if (armed != null && !armedAt.isAfter(at)) {
            return;
        }
        if (armed != null) {
            armed.cancel();
        }
        armedAt = at;
        armed = budget.schedule(Duration.between(now, at), () -> budget.locked(() -> {
            armed = null;
            armedAt = null;
            onTimer.run();
        }));
    }
}
