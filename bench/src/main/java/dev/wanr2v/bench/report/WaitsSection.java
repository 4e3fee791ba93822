package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 2: many concurrent waits on one client. */
final class WaitsSection {
    private static final String BENCH = "ConcurrentWaitsBenchmark.awaitAll";
    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final double TEN_KB = 10 * 1024;

    private WaitsSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "2. Concurrent waits: 100, 1,000 and 10,000 tasks awaited at once");
        md.paragraph("One client awaits every task of a round at once (`awaitAsync`, handles built directly). The "
                + "loopback stub scripts each task RUNNING for 10 s from the round's start, then SUCCEEDED; polls every "
                + "1 s growing to 2 s, ±20 % jitter (a compressed timeline). One round per JMH iteration (single "
                + "shot), the client opened before and closed after it. Library threads: live threads named "
                + "`wan-r2v-…`, sampled every 5 ms. Heap per waiting task: used heap after full collections (repeated "
                + "until it stops shrinking), minus the same before the round, over the number of tasks; measured "
                + "right after every wait was registered, and again half-way (5 s) with polls in flight, which adds "
                + "the HTTP connections the client opened (up to 32, a fixed cost that weighs most on small rounds). "
                + "It includes what the caller holds (handles, futures); the stub keeps no per-task state and no buffer"
                + " per idle connection. Targets are judged on the worst round. **The stub is the scripted vendor's "
                + "protocol on loopback, not the testkit's WireMock emulators**, whose own cost would dominate at "
                + "10,000 tasks; another server would implement `LoopbackStub`.");
        List<List<String>> rows = new ArrayList<>();
        double peakThreads = -1;
        double worstRegistered = -1;
        double worstPolling = -1;
        int worstPollingSize = 0;
        Stat[] pollingTotals = new Stat[SIZES.length];
        Stat[] registeredTotals = new Stat[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            Optional<JmhResult> found = results.find(BENCH, Map.of("tasks", Integer.toString(n)));
            if (found.isEmpty()) {
                rows.add(List.of(String.format("%,d", n), "no result", "", "", "", "", ""));
                continue;
            }
            JmhResult r = found.get();
            double peak = max(r.iterations("peakLibraryThreads"));
            peakThreads = Math.max(peakThreads, peak);
            double registeredMax = max(r.iterations("heapBytesPerWaitRegistered"));
            double pollingMax = max(r.iterations("heapBytesPerWaitPolling"));
            worstRegistered = Math.max(worstRegistered, registeredMax);
            if (pollingMax > worstPolling) {
                worstPolling = pollingMax;
                worstPollingSize = n;
            }
            registeredTotals[i] = r.mean("heapBytesPerWaitRegistered").times(n);
            pollingTotals[i] = r.mean("heapBytesPerWaitPolling").times(n);
            rows.add(List.of(String.format("%,d", n), r.score().format(), r.mean("wallOverScripted").format(),
                    Fmt.number(peak, 3), r.mean("heapBytesPerWaitRegistered").format() + "; worst "
                            + Fmt.number(registeredMax, 3),
                    r.mean("heapBytesPerWaitPolling").format() + "; worst " + Fmt.number(pollingMax, 3),
                    r.mean("pollsPerTask").format()));
        }
        md.table(List.of("tasks", "wall ms per round", "wall / scripted 10 s", "peak library threads (max of rounds)",
                "heap B per task, registered", "heap B per task, polling", "status calls per task"), rows);
        if (pollingTotals[1] != null && pollingTotals[2] != null) {
            md.paragraph("Heap per additional waiting task, from 1,000 to 10,000 tasks (fixed costs such as open "
                    + "connections cancel out): **" + marginal(registeredTotals[1], registeredTotals[2]).format()
                    + " B** registered, **" + marginal(pollingTotals[1], pollingTotals[2]).format() + " B** polling. "
                    + "Total heap while polling (mean): " + totals(pollingTotals) + ".");
        }
        targets.add("peak live library threads, every size (max of rounds)", "≤ 32",
                peakThreads < 0 ? "no result" : Fmt.number(peakThreads, 3),
                peakThreads < 0 ? Verdict.NO_RESULT : Verdict.of(peakThreads <= 32));
        targets.add("heap per waiting task, registered, every size (worst round)", "≤ 10 KB",
                worstRegistered < 0 ? "no result" : Fmt.bytes(worstRegistered),
                worstRegistered < 0 ? Verdict.NO_RESULT : Verdict.of(worstRegistered <= TEN_KB));
        targets.add("heap per waiting task, polls in flight, every size (worst round)", "≤ 10 KB",
                worstPolling < 0 ? "no result" : Fmt.bytes(worstPolling) + String.format(" (at %,d tasks)",
                        worstPollingSize), worstPolling < 0 ? Verdict.NO_RESULT : Verdict.of(worstPolling <= TEN_KB));
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static Stat marginal(Stat small, Stat large) {
        double span = SIZES[2] - SIZES[1];
        return new Stat((large.mean() - small.mean()) / span, Math.hypot(large.error(), small.error()) / span);
    }

    private static String totals(Stat[] totals) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            if (totals[i] != null) {
                parts.add(Fmt.bytes(totals[i].mean()) + String.format(" at %,d tasks", SIZES[i]));
            }
        }
        return String.join(", ", parts);
    }
}
