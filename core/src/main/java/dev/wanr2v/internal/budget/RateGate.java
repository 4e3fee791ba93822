package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import java.time.Duration;
import java.time.Instant;

/**
 * One kind's budget: grants leave to send at a paced rate ({@link AimdRate}), in ticket order; pauses for a
 * vendor's {@code Retry-After}. Calls are spaced by when they leave, not when they were let go: the next
 * grant waits until the last granted call has departed (a cold connection, a full pool or a busy machine
 * delays it) and then until the spacing has passed since. At a rate of N per second, N departures span 1 s
 * plus {@link #JITTER}, so that the network delaying one call by up to that much more than another cannot
 * push N + 1 calls into one of the vendor's seconds. Waiting tickets hold no thread: the next grant is a
 * timer on the budget's scheduler, or the departure. Guarded by the budget's lock.
 */
final class RateGate {
    static final Duration JITTER = Duration.ofMillis(100);
    /** The share of the rate kept to: N grants in 1 s + {@link #JITTER}. */
    static final double PACE = 1000.0 / (1000 + JITTER.toMillis());
    private static final Duration MAX_PAUSE = Duration.ofMinutes(10);

    private final BudgetKind kind;
    private final AimdRate rate;
    private final Budget budget;
    private final TicketLine line;
    private Instant lastDeparture;
    private Instant pausedUntil;
    private long granted;
    private long inTransit;

    RateGate(BudgetKind kind, double ceiling, Budget budget) {
        this.kind = kind;
        this.rate = new AimdRate(ceiling);
        this.budget = budget;
        this.line = new TicketLine(budget, () -> pump(budget.now()));
    }

    double rate(Instant now) {
        return rate.at(now);
    }

    double ceiling() {
        return rate.ceiling();
    }

    TicketLine line() {
        return line;
    }

    /** A permit at once if nobody waits and the pace allows, else {@code null}. */
    Permit tryNow(Instant now) {
        return line.waiting() == 0 && inTransit == 0 && !nextFree(now).isAfter(now) ? take() : null;
    }

    /** The call sent on this permit left (or will never leave): the next may follow after the spacing. */
    void departed(Permit permit, Instant now) {
        if (permit.seq() == inTransit) {
            inTransit = 0;
            lastDeparture = now;
            pump(now);
        }
    }

    void enqueue(Ticket t, Instant now) {
        line.add(t);
        pump(now);
    }

    /** How long a ticket with {@code ahead} tickets before it should wait (departures taken as immediate). */
    Duration estimate(int ahead, Instant now) {
        Duration untilFree = Duration.between(now, nextFree(now));
        return (untilFree.isNegative() ? Duration.ZERO : untilFree).plusNanos(spacing(now).toNanos() * ahead);
    }

    /** Grants what the pace allows now, then sets a timer for the next grant (or waits for a departure). */
    void pump(Instant now) {
        Ticket head = line.head();
        if (head == null || inTransit != 0) {
            return;
        }
        Instant free = nextFree(now);
        if (free.isAfter(now)) {
            line.wakeAt(free, now);
            return;
        }
        Permit permit = take();
        line.grantHead(permit, () -> departed(permit, budget.now()), now);
    }

    /**
     * A call of this kind was throttled: slows down (once per round trip) and pauses for the vendor's
     * {@code Retry-After}, if it gave one (at most {@code MAX_PAUSE}, against hostile values).
     */
    void throttled(Permit permit, Duration retryAfter, Instant now) {
        rate.throttled(now, permit.seq(), granted);
        if (retryAfter != null && !retryAfter.isNegative() && !retryAfter.isZero()) {
            Instant until = now.plus(retryAfter.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : retryAfter);
            if (pausedUntil == null || until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
        }
        pump(now);
    }

    private Permit take() {
        inTransit = ++granted;
        return new Permit(kind, inTransit);
    }

    private Instant nextFree(Instant now) {
        Instant free = lastDeparture == null ? now : lastDeparture.plus(spacing(now));
        return pausedUntil != null && pausedUntil.isAfter(free) ? pausedUntil : free;
    }

    private Duration spacing(Instant now) {
        return Duration.ofNanos((long) Math.ceil((1e9 + JITTER.toNanos()) / rate.at(now)));
    }
}
