package dev.wanr2v.internal.budget;

import dev.wanr2v.BudgetKind;
import java.time.Duration;
import java.time.Instant;

/**
 * One kind's budget: grants leave to send at a paced rate ({@link AimdRate}, kept at {@value #PACE} of it so
 * that network jitter cannot push two calls into one of the vendor's seconds), one at a time, spaced evenly,
 * in ticket order; pauses for a vendor's {@code Retry-After}. Waiting tickets hold no thread: the next grant
 * is a timer on the budget's scheduler. Guarded by the budget's lock.
 */
final class RateGate {
    static final double PACE = 0.95;
    private static final Duration MAX_PAUSE = Duration.ofMinutes(10);

    private final BudgetKind kind;
    private final AimdRate rate;
    private final Budget budget;
    private final TicketLine line;
    private Instant lastGrant;
    private Instant pausedUntil;
    private long granted;

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
        return line.waiting() == 0 && !nextFree(now).isAfter(now) ? take(now) : null;
    }

    void enqueue(Ticket t, Instant now) {
        line.add(t);
        pump(now);
    }

    /** How long a ticket with {@code ahead} tickets before it should wait. */
    Duration estimate(int ahead, Instant now) {
        Duration untilFree = Duration.between(now, nextFree(now));
        return (untilFree.isNegative() ? Duration.ZERO : untilFree).plusNanos(spacing(now).toNanos() * ahead);
    }

    /** Grants what the pace allows now, then sets a timer for the next grant. */
    void pump(Instant now) {
        for (Ticket head = line.head(); head != null; head = line.head()) {
            Instant free = nextFree(now);
            if (free.isAfter(now)) {
                line.wakeAt(free, now);
                return;
            }
            line.grantHead(take(now), () -> { }, now);
        }
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

    private Permit take(Instant now) {
        lastGrant = now;
        return new Permit(kind, ++granted);
    }

    private Instant nextFree(Instant now) {
        Instant free = lastGrant == null ? now : lastGrant.plus(spacing(now));
        return pausedUntil != null && pausedUntil.isAfter(free) ? pausedUntil : free;
    }

    private Duration spacing(Instant now) {
        return Duration.ofNanos((long) Math.ceil(1e9 / (rate.at(now) * PACE)));
    }
}
