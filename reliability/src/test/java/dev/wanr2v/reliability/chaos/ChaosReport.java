package dev.wanr2v.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.SubmitOutcomeUnknownException;
import dev.wanr2v.reliability.support.Vendor;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The numbers of a chaos run, for the log, for target/chaos-summary.txt and for docs/RELIABILITY.md. */
final class ChaosReport {
    private final List<ChaosResult> results;
    private final ChaosLedger ledger;
    private final Duration took;

    ChaosReport(List<ChaosResult> results, ChaosLedger ledger, Duration took) {
        this.results = results;
        this.ledger = ledger;
        this.took = took;
    }

    double statusFaultRate() {
        return (double) ledger.statusFaulted() / ledger.statusCalls();
    }

    double createFaultRate() {
        return (double) ledger.createFaulted() / ledger.createCalls();
    }

    /** The faults really struck at about the planned rates: the run was as chaotic as it says. */
    void assertFaultRatesNear(double status, double create) {
        assertThat(statusFaultRate()).as("share of status calls faulted").isBetween(status - 0.04, status + 0.04);
        assertThat(createFaultRate()).as("share of create calls faulted").isBetween(create - 0.01, create + 0.01);
    }

    String summary(long seed, int tasks, int concurrency) {
        Map<ChaosResult.Ending, Integer> endings = new EnumMap<>(ChaosResult.Ending.class);
        Map<Vendor, Integer> perVendor = new EnumMap<>(Vendor.class);
        for (ChaosResult r : results) {
            endings.merge(r.ending(ledger), 1, Integer::sum);
            perVendor.merge(r.task().vendor(), 1, Integer::sum);
        }
        long unplanned = results.stream().filter(r -> r.error() instanceof SubmitOutcomeUnknownException
                && !ledger.creates(r.task().marker()).get(ledger.creates(r.task().marker()).size() - 1).faulted())
                .count();
        Map<String, Integer> byName = new TreeMap<>();
        endings.forEach((k, v) -> byName.put(k.name(), v));
        return String.format("chaos run: seed %d, %d tasks %s, %d at a time, %d ms%n"
                + "  status calls %d, faulted %d (%.1f %%)%n"
                + "  create calls %d, faulted %d (%.1f %%), answered 429 and sent again %d;"
                + " tasks made %d for %d submits%n"
                + "  endings %s (unknown outcomes without an injected fault, answered after the timeout: %d)%n", seed, tasks, perVendor, concurrency, took.toMillis(), ledger.statusCalls(),
                ledger.statusFaulted(), 100 * statusFaultRate(), ledger.createCalls(), ledger.createFaulted(),
                100 * createFaultRate(), ledger.createsNotAccepted(), ledger.tasksCreated(), tasks, byName, unplanned);
    }
}
