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
                + "right after every wait was registered, and again half-way (5 s), polls in flight. It includes what "
                + "the caller holds (handles, futures); the stub keeps no per-task state. **The stub is the scripted "
                + "vendor's protocol on loopback, not the testkit's vendor emulators** (on another branch, not merged "
                + "here); `LoopbackStub.start(kind)` is where another server plugs in.");
        List<List<String>> rows = new ArrayList<>();
        long peakThreads = -1;
        Stat[] registeredTotals = new Stat[SIZES.length];
        Stat[] pollingTotals = new Stat[SIZES.length];
        Stat largestPolling = null;
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            Optional<JmhResult> found = results.find(BENCH, Map.of("tasks", Integer.toString(n)));
            if (found.isEmpty()) {
                rows.add(List.of(Fmt.number(n, 5), "no result", "", "", "", "", ""));
                continue;
            }
            JmhResult r = found.get();
            long peak = (long) Arrays.stream(r.iterations("peakLibraryThreads")).max().orElse(-1);
            peakThreads = Math.max(peakThreads, peak);
            Stat registered = r.mean("heapBytesPerWaitRegistered");
            Stat polling = r.mean("heapBytesPerWaitPolling");
            registeredTotals[i] = registered.times(n);
            pollingTotals[i] = polling.times(n);
            largestPolling = polling;
            rows.add(List.of(String.format("%,d", n), r.score().format(), r.mean("wallOverScripted").format(),
                    Long.toString(peak), registered.format(), polling.format(), r.mean("pollsPerTask").format()));
        }
        md.table(List.of("tasks", "wall ms per round", "wall / scripted 10 s", "peak library threads (max of rounds)",
                "heap B per task, registered", "heap B per task, polling", "status calls per task"), rows);
        if (registeredTotals[1] != null && registeredTotals[2] != null) {
            Stat marginalRegistered = marginal(registeredTotals[1], registeredTotals[2]);
            Stat marginalPolling = marginal(pollingTotals[1], pollingTotals[2]);
            md.paragraph("Heap per additional waiting task, from 1,000 to 10,000 tasks (fixed costs such as the "
                    + "connection pool cancel out): **" + marginalRegistered.format() + " B** registered, **"
                    + marginalPolling.format() + " B** polling.");
        }
        targets.add("peak live library threads, every size", "≤ 32",
                peakThreads < 0 ? "no result" : Long.toString(peakThreads), peakThreads < 0 ? null : peakThreads <= 32);
        targets.add("heap per waiting task (10,000 tasks, polling, fixed costs included)", "≤ 10 KB",
                largestPolling == null ? "no result" : largestPolling.format() + " B",
                largestPolling == null ? null : largestPolling.atMost(10 * 1024));
    }

    private static Stat marginal(Stat small, Stat large) {
        double span = SIZES[2] - SIZES[1];
        return new Stat((large.mean() - small.mean()) / span, Math.hypot(large.error(), small.error()) / span);
    }
}
