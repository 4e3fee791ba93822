package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Section 3: data URIs streamed from disk into request bodies. */
final class StreamingSection {
    private static final String BENCH = "StreamingEncodingBenchmark.";
    private static final String HEAP = "StreamingHeapBenchmark.write";
    private static final String[][] WAYS = {
        {"dataUri", "engine: `DataUriSource.openStream()` copied out"},
        {"wan26apiBody", "engine + wan26api codec: JSON create body, `writeString(Reader, -1)`"},
        {"wan26apiBodyDirectBytes", "experiment: the same body, URI bytes copied straight through"},
        {"base64Wrap", "baseline: `Files.copy` into `Base64.getEncoder().wrap(out)`"},
    };

    private StreamingSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "3. Streaming encoding: local videos written into request bodies as data URIs");
        md.paragraph("A file of random bytes (built once per trial in a temporary directory; encoding does not care "
                + "whether it is a valid MP4) written as `data:video/mp4;base64,…` into a discarding, counting stream. "
                + "Throughput = file MB (2^20 bytes) per second of wall time; ratio = the way's throughput over the "
                + "baseline's. Allocation per write from `-prof gc`. The setup checks the lengths, and that the "
                + "experiment's body is byte-identical (SHA-256) to the wan26api codec's.");
        List<List<String>> rows = new ArrayList<>();
        Stat codecAt100 = null;
        Stat engineAt100 = null;
        for (String size : List.of("10", "100")) {
            Optional<JmhResult> base = results.find(BENCH + "base64Wrap", Map.of("megabytes", size));
            for (String[] way : WAYS) {
                Optional<JmhResult> r = results.find(BENCH + way[0], Map.of("megabytes", size));
                if (r.isEmpty()) {
                    rows.add(List.of(size + " MB", way[1], "no result", "", "", ""));
                    continue;
                }
                Stat ms = r.get().score();
                double mbPerSecond = Double.parseDouble(size) / (ms.mean() / 1000);
                Stat ratio = base.map(b -> b.score().over(ms)).orElse(null);
                Stat alloc = r.get().has("gc.alloc.rate.norm") ? r.get().score("gc.alloc.rate.norm") : null;
                rows.add(List.of(size + " MB", way[1], ms.format(), Fmt.number(mbPerSecond, 3),
                        ratio == null ? "" : ratio.format(),
                        alloc == null ? "not profiled" : alloc.formatBytes()));
                if (size.equals("100") && way[0].equals("wan26apiBody")) {
                    codecAt100 = ratio;
                }
                if (size.equals("100") && way[0].equals("dataUri")) {
                    engineAt100 = ratio;
                }
            }
        }
        md.table(List.of("size", "way", "ms per write", "MB/s", "throughput ratio to baseline", "allocated per write"),
                rows);
        targets.add("streaming throughput, engine's data URI stream (100 MB)", "≥ 0.8 × baseline",
                engineAt100 == null ? "no result" : engineAt100.format(), engineAt100 == null ? null
                        : engineAt100.atLeast(0.8));
        targets.add("streaming throughput, wan26api JSON body (100 MB)", "≥ 0.8 × baseline",
                codecAt100 == null ? "no result" : codecAt100.format(), codecAt100 == null ? null
                        : codecAt100.atLeast(0.8));
        heap(results, md, targets);
    }

    private static void heap(JmhResults results, Markdown md, Targets targets) {
        md.paragraph("Heap while writing 100 MB, in a fork whose whole heap is 16 MB (`-Xms16m -Xmx16m`: finishing "
                + "at all shows the peak stayed below 16 MB). Half-way through the stream the heap is collected and "
                + "measured; growth = that minus the settled heap before the write (mean of the rounds).");
        List<List<String>> rows = new ArrayList<>();
        Stat worst = null;
        boolean allRan = true;
        for (String[] way : WAYS) {
            if (way[0].equals("wan26apiBodyDirectBytes")) {
                continue;
            }
            Optional<JmhResult> r = results.find(HEAP, Map.of("way", way[0]));
            if (r.isEmpty()) {
                allRan = false;
                rows.add(List.of(way[1], "no result (did the fork run out of heap?)", "no"));
                continue;
            }
            Stat growth = r.get().mean("heapGrowthBytes");
            if (!way[0].equals("base64Wrap") && (worst == null || growth.mean() > worst.mean())) {
                worst = growth;
            }
            rows.add(List.of(way[1], growth.formatBytes(), "yes"));
        }
        md.table(List.of("way", "heap growth half-way", "finished in a 16 MB heap"), rows);
        targets.add("peak heap growth, 100 MB data URI (engine paths)", "< 16 MB",
                worst == null ? "no result" : worst.formatBytes()
                        + (allRan ? "; ran in a 16 MB heap" : ""),
                worst == null ? null : allRan && worst.atMost(16.0 * 1024 * 1024));
    }
}
