package dev.wanr2v.reliability.chaos;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.FaultPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seeded plan of the chaos run: which vendor each task goes to, how its life ends, and the faults
 * every emulator injects at random into status and create calls. The same seed gives the same plans
 * and the same fault sequences; with tasks running concurrently, which call meets which fault varies
 * from run to run, the rates do not.
 */
final class ChaosPlan {
    /** The share of status calls that fail, transiently. */
    static final double STATUS_FAULTS = 0.20;
    /** The share of create calls that fail, transiently or ambiguously. */
    static final double CREATE_FAULTS = 0.05;
    /** Longer than the run's response timeout. */
    static final Duration SLOW = Duration.ofMillis(1500);

    /** One status fault each: a 503, a 429 without Retry-After, a reset, an empty answer, a late answer. */
    private static final List<Fault> STATUS = List.of(Fault.status(503), Fault.status(429), Fault.connectionReset(),
            Fault.emptyResponse(), Fault.delay(SLOW));

    /** Create faults by relative share: retried (429) or ambiguous, with or without a task made. */
    private static final List<Weighted> CREATE = List.of(
            new Weighted(Fault.status(429), 0.010),
            new Weighted(Fault.connectionReset().afterHandling(), 0.008),
            new Weighted(Fault.connectionReset(), 0.005),
            new Weighted(Fault.status(500).afterHandling(), 0.007),
            new Weighted(Fault.status(503), 0.005),
            new Weighted(Fault.emptyResponse().afterHandling(), 0.005),
            new Weighted(Fault.delay(SLOW), 0.005),
            new Weighted(Fault.truncatedBody(), 0.005));

    private record Weighted(Fault fault, double share) {
    }

    /** What one submit is and how its task should end. */
    record Task(int index, Vendor vendor, Outcome outcome) {
        String marker() {
            return "chaos-" + index;
        }

        R2vRequest request() {
            return vendor.request(marker());
        }

        /** The life the emulator plays once the task exists: 3 s of script (60 ms at speed 50), then the outcome. */
        StatusScript script() {
            return StatusScript.builder().queued(Duration.ofSeconds(1)).running(0.3, Duration.ofSeconds(1))
                    .running(0.7, Duration.ofSeconds(1)).endsWith(outcome);
        }
    }

    private ChaosPlan() {
    }

    /** The tasks: vendors in turn; 85 % succeed, 10 % fail with a vendor code, 5 % expire. */
    static List<Task> tasks(long seed, int count) {
        Random random = new Random(seed);
        List<Task> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Vendor vendor = Vendor.values()[i % Vendor.values().length];
            double roll = random.nextDouble();
            Outcome outcome = roll < 0.85 ? Outcome.succeeded()
                    : roll < 0.95 ? Outcome.failed(failureCode(vendor), "generation failed (chaos " + i + ")")
                    : Outcome.expired();
            tasks.add(new Task(i, vendor, outcome));
        }
        return tasks;
    }

    private static String failureCode(Vendor vendor) {
        return switch (vendor) {
            case DASHSCOPE -> "InternalError.Algo";
            case UNIALL -> "generation_failed";
            case WAN26API -> "001028095";
        };
    }

    /**
     * Arms an emulator's faults. Status calls meet a fault with 20 % chance each (seeded draws); of the
     * first {@code creates} create calls, exactly 5 % (seeded positions) meet one, chosen by its share.
     */
    static void arm(FaultPlan faults, long seed, int creates) {
        double each = 1 - Math.pow(1 - STATUS_FAULTS, 1.0 / STATUS.size());
        for (int k = 0; k < STATUS.size(); k++) {
            faults.randomly(Operation.STATUS, each, seed + k, STATUS.get(k));
        }
        Random random = new Random(seed);
        List<Integer> positions = new ArrayList<>();
        for (int n = 1; n <= creates; n++) {
            positions.add(n);
        }
        Collections.shuffle(positions, random);
        double total = CREATE.stream().mapToDouble(Weighted::share).sum();
        for (int n : positions.subList(0, (int) Math.round(creates * CREATE_FAULTS))) {
            double roll = random.nextDouble() * total;
            for (Weighted w : CREATE) {
                roll -= w.share();
                if (roll < 0) {
                    faults.nth(Operation.CREATE, n, w.fault());
                    break;
                }
            }
        }
    }
}
