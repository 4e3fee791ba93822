package dev.wanr2v.testkit.emulator;

import dev.wanr2v.spi.Operation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The faults an emulator will inject, per operation. Thread-safe.
 *
 * <pre>{@code
 * emulator.faults()
 *         .next(Operation.CREATE, Fault.throttled(Duration.ofSeconds(2)))   // the next create is throttled
 *         .nth(Operation.STATUS, 3, Fault.connectionReset())                 // the 3rd status call from now
 *         .randomly(Operation.STATUS, 0.2, 42L, Fault.status(500));           // then 20 % of them, seeded
 * }</pre>
 *
 * <p>Each call of an operation is offered to that operation's rules in the order they were added; the
 * first rule that fires answers it. Every rule counts every call of its operation, whichever rule
 * answered it, so "the 3rd call from now" means exactly that.
 */
public final class FaultPlan {
    private final List<FaultRule> rules = new ArrayList<>();

    FaultPlan() {
    }

    /** The next call of the operation fails. */
    public FaultPlan next(Operation operation, Fault fault) {
        return nth(operation, 1, fault);
    }

    /** The {@code n}th call of the operation from now (1 is the next) fails, once. */
    public FaultPlan nth(Operation operation, int n, Fault fault) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1: " + n);
        }
        return add(new FaultRule(operation, fault, n - 1, 1, 1.0, null));
    }

    /** The next {@code count} calls of the operation fail. */
    public FaultPlan times(Operation operation, int count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        return add(new FaultRule(operation, fault, 0, count, 1.0, null));
    }

    /** Every call of the operation fails, until {@link #clear()}. */
    public FaultPlan always(Operation operation, Fault fault) {
        return add(new FaultRule(operation, fault, 0, -1, 1.0, null));
    }

    /** Each call of the operation fails with this probability, drawn from a generator with this seed. */
    public FaultPlan randomly(Operation operation, double probability, long seed, Fault fault) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in 0..1: " + probability);
        }
        return add(new FaultRule(operation, fault, 0, -1, probability, new Random(seed)));
    }

    /** Removes every rule. */
    public synchronized void clear() {
        rules.clear();
    }

    /** How many rules can still fire. */
    public synchronized int pending() {
        return rules.size();
    }

    private synchronized FaultPlan add(FaultRule rule) {
        rules.add(rule);
        return this;
    }

    /** The fault for this call of the operation, if a rule fires. */
    synchronized Optional<Fault> pick(Operation operation) {
        Fault chosen = null;
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext(); ) {
            FaultRule rule = it.next();
            if (rule.operation != operation) {
                continue;
            }
            boolean fires = rule.offer();
            if (fires && chosen == null) {
                chosen = rule.fault;
                rule.fired();
            }
            if (rule.spent()) {
                it.remove();
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** One rule: skip some calls, then fire a number of times (or forever), maybe at random. */
    private static final class FaultRule {
        final Operation operation;
        final Fault fault;
        int skip;
        int remaining;
        final double probability;
        final Random random;

        FaultRule(Operation operation, Fault fault, int skip, int remaining, double probability, Random random) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.fault = Objects.requireNonNull(fault, "fault");
            this.skip = skip;
            this.remaining = remaining;
            this.probability = probability;
            this.random = random;
        }

        boolean offer() {
            if (skip > 0) {
                skip--;
                return false;
            }
            return random == null || random.nextDouble() < probability;
        }

        void fired() {
            if (remaining > 0) {
                remaining--;
            }
        }

        boolean spent() {
            return remaining == 0;
        }
    }
}
