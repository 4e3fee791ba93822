package dev.wanr2v.internal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.PollPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The poll plan on virtual time: 1,000 waits against fake vendors with a query budget of 20 per second, far
 * fewer than the waits would send (each asks every 2 s, growing to 15 s). The budget is never exceeded in any
 * second, tasks last seen running are asked before queued ones, nobody waits past the plan's bound, and the
 * p95 delay between a task ending and its wait seeing it stays within 1.2 x N/Q.
 */
class PollPlanTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final double Q = 20;
    private static final int N = 1000;
    private static final long PHYSICAL_BOUND_MS = (long) (N / Q * 1000);

    private static PollPlanSimulation.Result simulate(FakeVendor vendor) {
        return new PollPlanSimulation(vendor, Q, new PollPolicy(Duration.ofSeconds(2), Duration.ofSeconds(15), 1.5, 0),
                T0).run();
    }

    private static void assertPlanned(PollPlanSimulation.Result r) {
        assertThat(r.unfinished()).as("waits that never saw their task end").isZero();
        assertThat(r.mostGrantsInASecond()).as("queries in the busiest second").isLessThanOrEqualTo((int) Q);
        long bound = PollPriority.MAX_BONUS.toMillis() + (long) (N / (Q * RateGate.PACE) * 1000) + 1000;
        assertThat(r.maxQueueWaitMillis()).as("longest wait of a due query for the budget").isLessThanOrEqualTo(bound);
        assertThat(r.percentileLag(0.95)).as("p95 delay between a task's end and its wait seeing it, ms")
                .isLessThanOrEqualTo(PHYSICAL_BOUND_MS * 12 / 10);
        assertThat(r.meanRunningWaitMillis()).as("mean wait of queries about running tasks, ms")
                .isLessThan(r.meanQueuedWaitMillis());
    }

    @Test
    void aFirstComeFirstServedVendorRunningFiveTasksOfFourSecondsEach() {
        // creates arrive at 5/s, the vendor finishes 1.25 a second: its queue grows to hundreds
        assertPlanned(simulate(FakeVendor.of(N, T0, Duration.ofMillis(200), Duration.ofSeconds(4),
                Duration.ofSeconds(4), 5, 1)));
    }

    @Test
    void aFirstComeFirstServedVendorGivenAThousandTasksAtOnce() {
        assertPlanned(simulate(FakeVendor.of(N, T0, Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(20), 5, 2)));
    }

    @Test
    void aVendorRunningEveryTaskAtOnceForOneToFiveMinutes() {
        assertPlanned(simulate(FakeVendor.of(N, T0, Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(300), 0,
                3)));
    }
}
