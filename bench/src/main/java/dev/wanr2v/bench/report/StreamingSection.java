package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 3: data URIs streamed from disk into request bodies. */
final class StreamingSection {
    private static final String BENCH = "StreamingEncodingBenchmark.";
    private static final String INTERLEAVED = "StreamingInterleavedBenchmark.round";
    private static final String HEAP = "StreamingHeapBenchmark.write";
    private static final String[][] WAYS = {
        {"dataUri", "engine: `DataUriSource.openStream()` copied out"},
        {"wan26apiBody", "engine + wan26api codec: JSON create body, `writeString(Reader, -1)`"},
        {"base64Wrap", "baseline: `Files.copy` into `Base64.getEncoder().wrap(out)`"},
    };

    private StreamingSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "3. Streaming encoding: local videos written into request bodies as data URIs");
        md.paragraph("A file of random bytes (built once per trial in a temporary directory; encoding does not care "
                + "whether it is a valid MP4) written as `data:video/mp4;base64,…` into a discarding, counting stream. "
                + "Throughput = file MB (2^20 bytes) per second of wall time; throughput ratio = baseline time over "
                + "the way's time. The setup checks the lengths.");
        md.heading(3, "Interleaved (the headline ratios)");
        md.paragraph("Every way writes the file once per round, in a random order each round; ratios are computed "
                + "per iteration, then mean ± CI over iterations.");
        List<List<String>> rows = new ArrayList<>();
        for (String size : List.of("10", "100")) {
            Optional<JmhResult> r = results.find(INTERLEAVED, Map.of("megabytes", size));
            for (String[] way : WAYS) {
                if (r.isEmpty()) {
                    rows.add(List.of(size + " MB", way[1], "no result", "", "", ""));
                    continue;
                }
                double[] ms = r.get().quotients(way[0] + "Nanos", "rounds");
                double[] ratios = r.get().quotients("base64WrapNanos", way[0] + "Nanos");
                Stat time = Stat.of(ms).times(1e-6);
                Stat ratio = Stat.of(ratios);
                boolean baseline = way[0].equals("base64Wrap");
                rows.add(List.of(size + " MB", way[1], time.format(),
                        Fmt.number(Double.parseDouble(size) / (time.mean() / 1000), 3),
                        baseline ? "baseline" : ratio.format(), baseline ? "" : Fmt.medianAndRange(ratios)));
                if (way[0].equals("dataUri") || way[0].equals("wan26apiBody")) {
                    targets.add("streaming throughput, " + (way[0].equals("dataUri") ? "engine's data URI stream"
                            : "wan26api JSON body") + " (" + size + " MB, interleaved)", "≥ 0.8 × baseline",
                            ratio.format() + Fmt.meeting(ratios, x -> x >= 0.8), Verdict.atLeast(ratio, 0.8));
                }
            }
        }
        md.table(List.of("size", "way", "ms per write", "MB/s", "throughput ratio to baseline",
                "ratio: median (range) over iterations"), rows);
        separate(results, md);
        heap(results, md, targets);
    }

    private static void separate(JmhResults results, Markdown md) {
        md.heading(3, "Each way alone");
        md.paragraph("Separate JMH benchmarks: time per write (JMH score ± error) and bytes allocated per write "
                + "(`-prof gc`, `gc.alloc.rate.norm`).");
        List<List<String>> rows = new ArrayList<>();
        for (String size : List.of("10", "100")) {
            Optional<JmhResult> base = results.find(BENCH + "base64Wrap", Map.of("megabytes", size));
            for (String[] way : WAYS) {
                Optional<JmhResult> r = results.find(BENCH + way[0], Map.of("megabytes", size));
                if (r.isEmpty()) {
                    rows.add(List.of(size + " MB", way[1], "no result", "", ""));
                    continue;
                }
                Stat ms = r.get().score();
                Stat alloc = r.get().has("gc.alloc.rate.norm") ? r.get().score("gc.alloc.rate.norm") : null;
                rows.add(List.of(size + " MB", way[1], ms.format(),
                        base.map(b -> b.score().over(ms).format()).orElse(""),
                        alloc == null ? "not profiled" : alloc.formatBytes()));
            }
        }
        md.table(List.of("size", "way", "ms per write", "throughput ratio to baseline", "allocated per write"), rows);
    }

    private static void heap(JmhResults results, Markdown md, Targets targets) {
        md.heading(3, "Heap");
        md.paragraph("Writing 100 MB in a fork whose whole heap is 16 MB (`-Xms16m -Xmx16m`: finishing at all shows "
                + "the peak stayed below 16 MB). Half-way through the stream the heap is collected and measured; "
                + "growth = that minus the settled heap before the write.");
        List<List<String>> rows = new ArrayList<>();
        double worst = -1;
        boolean allRan = true;
        for (String[] way : WAYS) {
            Optional<JmhResult> r = results.find(HEAP, Map.of("way", way[0]));
            if (r.isEmpty()) {
                allRan = false;
                rows.add(List.of(way[1], "no result (did the fork run out of heap?)", "no"));
                continue;
            }
            double[] growth = r.get().iterations("heapGrowthBytes");
            double max = java.util.Arrays.stream(growth).max().orElse(Double.NaN);
            if (!way[0].equals("base64Wrap")) {
                worst = Math.max(worst, max);
            }
            rows.add(List.of(way[1], Stat.of(growth).formatBytes() + "; worst " + Fmt.bytes(max), "yes"));
        }
        md.table(List.of("way", "heap growth half-way", "finished in a 16 MB heap"), rows);
        targets.add("peak heap growth writing a 100 MB data URI (engine paths, worst round)", "< 16 MB",
                worst < 0 ? "no result" : Fmt.bytes(worst) + (allRan ? "; every way ran in a 16 MB heap" : ""),
                worst < 0 ? Verdict.NO_RESULT : Verdict.of(allRan && worst < 16.0 * 1024 * 1024));
    }
}
