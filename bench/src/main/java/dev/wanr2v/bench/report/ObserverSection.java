package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Section 7: what an observer (the micrometer module) adds to a create + status through the engine. */
final class ObserverSection {
    private static final String SEPARATE = "ObserverOverheadBenchmark.";
    private static final String BASE = "no observer";
    private static final double TARGET = 1.05;

    private ObserverSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "7. Observer overhead: submit + status with and without `R2vObservations`");
        md.paragraph("The lean codec of section 1 against the same loopback stub, three clients: no observer, "
                + "`R2vObservations.of(ObservationRegistry.NOOP)` (the module on a registry with no handler), and "
                + "`R2vObservations.of(registry, simpleMeterRegistry)` whose registry times every observation into "
                + "the `SimpleMeterRegistry` (`DefaultMeterObservationHandler`) that also takes the module's meters.");

        Optional<JmhResult> round = results.find(SEPARATE + "round");
        md.heading(3, "Interleaved (the headline ratios)");
        md.paragraph("The three ways in turn, in a random order each round; ratio = per iteration, way / no "
                + "observer, then mean ± CI over iterations.");
        if (round.isEmpty()) {
            md.paragraph("_No result._");
            targets.add("observer overhead (interleaved)", "≤ " + TARGET, "no result", Verdict.NO_RESULT);
        } else {
            interleaved(round.get(), md, targets);
        }

        md.heading(3, "Each way alone");
        md.paragraph("Separate JMH benchmarks: wall time per pair (JMH score ± error) and bytes allocated per pair "
                + "(`-prof gc`, `gc.alloc.rate.norm`, the stub's allocations included).");
        Optional<JmhResult> off = results.find(SEPARATE + "off");
        List<List<String>> rows = new ArrayList<>();
        rows.add(separateRow(BASE + " (baseline)", off, Optional.empty()));
        rows.add(separateRow("no-op registry", results.find(SEPARATE + "noopRegistry"), off));
        rows.add(separateRow("meter registry", results.find(SEPARATE + "meterRegistry"), off));
        md.table(List.of("way", "wall µs / pair", "allocated / pair", "wall ratio", "allocation ratio"), rows);
    }

    private static void interleaved(JmhResult r, Markdown md, Targets targets) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(PerCallSection.row(r, "no-op registry", "noopNanos", BASE, "offNanos"));
        rows.add(PerCallSection.row(r, "meter registry", "metersNanos", BASE, "offNanos"));
        md.table(List.of("way", "µs per create + status", "baseline", "ratio to baseline",
                "ratio: median (range) over iterations"), rows);
        for (String[] way : new String[][] {{"no-op ObservationRegistry", "noopNanos"},
                {"registry timing into a SimpleMeterRegistry", "metersNanos"}}) {
            double[] ratios = r.quotients(way[1], "offNanos");
            targets.add("observer overhead, " + way[0] + " (vs no observer, interleaved)", "≤ " + TARGET,
                    Stat.of(ratios).format() + Fmt.meeting(ratios, x -> x <= TARGET),
                    Verdict.atMost(Stat.of(ratios), TARGET));
        }
    }

    private static List<String> separateRow(String way, Optional<JmhResult> result, Optional<JmhResult> base) {
        if (result.isEmpty()) {
            return List.of(way, "no result", "", "", "");
        }
        JmhResult r = result.get();
        Stat wall = r.score();
        Stat alloc = r.has("gc.alloc.rate.norm") ? r.score("gc.alloc.rate.norm") : null;
        String allocRatio = alloc == null ? "" : base.filter(b -> b.has("gc.alloc.rate.norm"))
                .map(b -> alloc.over(b.score("gc.alloc.rate.norm")).format()).orElse("");
        return List.of(way, wall.format(), alloc == null ? "not profiled" : alloc.formatBytes(),
                base.map(b -> wall.over(b.score()).format()).orElse(""), allocRatio);
    }
}
