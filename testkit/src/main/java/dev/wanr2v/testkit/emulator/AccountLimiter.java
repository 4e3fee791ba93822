package dev.wanr2v.testkit.emulator;

import dev.wanr2v.spi.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account's call rates and call counters: a sliding one-second window per limited kind of call
 * (see {@link AccountLimits}). Thread-safe.
 */
final class AccountLimiter {
    private static final Duration WINDOW = Duration.ofSeconds(1);

    private final AccountLimits limits;
    private final Map<Operation, Counter> counters = new EnumMap<>(Operation.class);
    private final Window createsAccepted = new Window();
    private final Window queriesAccepted = new Window();
    private Instant latest = Instant.MIN;

    AccountLimiter(AccountLimits limits) {
        this.limits = limits;
    }

    AccountLimits limits() {
        return limits;
    }

    /**
     * Counts a call and lets it through, or says which limit throttles it.
     *
     * @param limited whether the call belongs to the account (it carries a valid key)
     */
    synchronized Optional<AccountLimits.Throttle> admit(Operation operation, boolean limited, Instant arrived) {
        Instant now = arrived.isBefore(latest) ? latest : arrived; // concurrent calls: windows see time move forward
        latest = now;
        Counter counter = counters.computeIfAbsent(operation, o -> new Counter());
        counter.received++;
        counter.arrivals.add(now);
        counter.busiestSecond = Math.max(counter.busiestSecond, counter.arrivals.count(now));
        Optional<AccountLimits.Throttle> throttle = Optional.empty();
        if (limited && operation == Operation.CREATE) {
            throttle = take(createsAccepted, limits.createsPerSecond(), now, AccountLimits.Throttle.CREATE_RATE);
        } else if (limited && operation == Operation.STATUS) {
            throttle = take(queriesAccepted, limits.queriesPerSecond(), now, AccountLimits.Throttle.QUERY_RATE);
        }
        throttle.ifPresent(t -> counter.throttled++);
        return throttle;
    }

    /** Counts a call that was let through but then throttled (a create that found the queue full). */
    synchronized void throttledLate(Operation operation) {
        counters.computeIfAbsent(operation, o -> new Counter()).throttled++;
    }

    synchronized Map<Operation, AccountActivity.Calls> calls() {
        Map<Operation, AccountActivity.Calls> out = new EnumMap<>(Operation.class);
        counters.forEach((op, c) -> out.put(op, new AccountActivity.Calls(c.received, c.throttled, c.busiestSecond)));
        return out;
    }

    synchronized void clear() {
        counters.clear();
        latest = Instant.MIN;
        createsAccepted.clear();
        queriesAccepted.clear();
    }

    private static Optional<AccountLimits.Throttle> take(Window accepted, int limit, Instant now,
            AccountLimits.Throttle throttle) {
        if (limit != AccountLimits.UNLIMITED && accepted.count(now) >= limit) {
            return Optional.of(throttle);
        }
        accepted.add(now);
        return Optional.empty();
    }

    private static final class Counter {
        final Window arrivals = new Window();
        int received;
        int throttled;
        int busiestSecond;
    }

    /** The instants of the calls in the last second. */
    private static final class Window {
        private final ArrayDeque<Instant> times = new ArrayDeque<>();

        void add(Instant at) {
            times.add(at);
        }

        /** How many calls fell in {@code (now - 1 s, now]}. */
        int count(Instant now) {
            Instant start = now.minus(WINDOW);
            while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
                times.pollFirst();
            }
            return times.size();
        }

        void clear() {
            times.clear();
        }
    }
}
