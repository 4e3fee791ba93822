package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Section 4: inspection of a 100 MB MP4 whose moov is at the end. */
final class InspectionSection {
    private static final String BENCH = "MediaInspectionBenchmark.";

    private InspectionSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "4. Media inspection: a 100 MB MP4 with its `moov` at the end");
        md.paragraph("A sparse 100 MB file (`ftyp`, one `mdat` of holes, then `moov` with a 12.5 s `mvhd`, a video "
                + "and a sound track), built as core's `VideoInspectionTest` builds it. Bytes read through a "
                + "`CountingChannel` per operation. The baseline reads every byte once through a `FileChannel` into a "
                + "64 KB direct buffer; the file is sparse and cached, so this is the cheapest full read there is.");
        Optional<JmhResult> base = results.find(BENCH + "readWholeFile");
        Stat baseBytes = base.map(b -> b.mean("bytesRead")).orElse(null);
        List<List<String>> rows = new ArrayList<>();
        Stat inspectedBytes = null;
        for (String[] way : new String[][] {
            {"inspect", "`MediaInspector.inspect` (open, inspect, close)"},
            {"mediaChecks", "`MediaChecks.inspect` (attributes, open, inspect, rules)"},
            {"readWholeFile", "baseline: read the whole file once"}}) {
            Optional<JmhResult> r = results.find(BENCH + way[0]);
            if (r.isEmpty()) {
                rows.add(List.of(way[1], "no result", "", "", "", ""));
                continue;
            }
            Stat us = r.get().score();
            Stat bytes = r.get().has("bytesRead") ? r.get().mean("bytesRead") : null;
            Stat calls = r.get().has("readCalls") ? r.get().mean("readCalls") : null;
            if (way[0].equals("inspect")) {
                inspectedBytes = bytes;
            }
            rows.add(List.of(way[1], us.format(), bytes == null ? "not counted" : Fmt.number(bytes.mean(), 4),
                    calls == null ? "" : Fmt.number(calls.mean(), 4),
                    base.map(b -> us.over(b.score()).format()).orElse(""),
                    bytes == null || baseBytes == null ? "" : Fmt.number(bytes.mean() / baseBytes.mean(), 3)));
        }
        md.table(List.of("way", "µs per file", "bytes read", "read calls", "time ratio to full read",
                "bytes ratio to full read"), rows);
        targets.add("bytes read to inspect a 100 MB MP4, moov at the end", "< 1 MB",
                inspectedBytes == null ? "no result" : Fmt.number(inspectedBytes.mean(), 4) + " B",
                Verdict.atMost(inspectedBytes, 1024 * 1024));
    }
}
