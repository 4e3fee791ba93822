package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Section 1: per-call overhead of wan-r2v against raw HttpClient 5 async. */
final class PerCallSection {
    private static final String SEPARATE = "PerCallOverheadBenchmark.";
    private static final String INTERLEAVED = "PerCallInterleavedBenchmark.round";

    private PerCallSection() {
    }

    static void write(JmhResults results, Markdown md, Targets targets) {
        md.heading(2, "1. Per-call overhead: submit + status through wan-r2v vs raw HttpClient 5 async");
        md.paragraph("One create (`POST /v1/tasks`) and one status call (`GET /v1/tasks/{id}`), each waited for, "
                + "against a keep-alive NIO loopback stub of the scripted test vendor running in the same JVM (one "
                + "selector thread). wan-r2v: `R2v.builder().provider(..).baseUrl(stub)`, retries off. Baseline: "
                + "Apache HttpClient 5 async configured as wan-r2v's transport (pool, 2 I/O threads, timeouts, no "
                + "retries, redirects, cookies or auth cache, same User-Agent), the same two calls with the same "
                + "headers and body bytes; the benchmark's setup checks on the stub that every way sends identical "
                + "requests (body framing aside). Two wan-r2v codecs: the scripted test provider as it is (body in "
                + "memory, every field read with a regular expression), and a lean codec of the same protocol written "
                + "as real providers are (answers scanned once), which isolates the engine. A JDK `HttpServer` stub was "
                + "measured in an earlier run and dropped: at 70-80 ms per pair (Nagle / delayed-ACK stalls) it would hide "
                + "any client overhead.");

        Optional<JmhResult> round = results.find(INTERLEAVED);
        md.heading(3, "Interleaved (the headline ratios)");
        md.paragraph("All ways run in turn, in a random order each round, so the shared machine's changing load "
                + "weighs on each alike. Per-call time = the way's wall time in an iteration / rounds; ratio = per "
                + "iteration, way / baseline, then mean ± CI over iterations.");
        if (round.isEmpty()) {
            md.paragraph("_No result._");
            targets.add("per-call overhead (interleaved)", "≤ 1.10", "no result", Verdict.NO_RESULT);
        } else {
            interleaved(round.get(), md, targets);
        }

        md.heading(3, "Each way alone");
        md.paragraph("Separate JMH benchmarks: wall time per pair (JMH score ± error), process CPU time per pair "
                + "(every JVM thread, the stub included: the same stub work for every way), bytes allocated per pair "
                + "(`-prof gc`, `gc.alloc.rate.norm`, the stub's allocations included). Process CPU time is read "
                + "with the JVM's `getProcessCpuTime` (10 ms ticks here, summed over 2 s iterations).");
        separate(results, md, targets);
    }

    private static void interleaved(JmhResult r, Markdown md, Targets targets) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(r, "wan-r2v, lean codec (engine only)", "libraryLeanCodecNanos", "raw, fixed length", "rawNanos"));
        rows.add(row(r, "wan-r2v, scripted test codec as is", "libraryNanos", "raw, fixed length", "rawNanos"));
        rows.add(row(r, "raw, chunked", "rawChunkedNanos", "raw, fixed length", "rawNanos"));
        rows.add(row(r, "experiment: raw + one hand-off per answer to a 2-thread pool", "rawWithHandOffNanos",
                "raw, fixed length", "rawNanos"));
        md.table(List.of("way", "µs per create + status", "baseline", "ratio to baseline",
                "ratio: median (range) over iterations"), rows);
        double[] lean = r.quotients("libraryLeanCodecNanos", "rawNanos");
        double[] scripted = r.quotients("libraryNanos", "rawNanos");
        targets.add("per-call overhead, engine (lean codec vs raw, interleaved)", "≤ 1.10",
                Stat.of(lean).format() + Fmt.meeting(lean, x -> x <= 1.10), Verdict.atMost(Stat.of(lean), 1.10));
        targets.add("per-call overhead, scripted test codec as is (vs raw, interleaved; a test double)", "≤ 1.10",
                Stat.of(scripted).format() + Fmt.meeting(scripted, x -> x <= 1.10),
                Verdict.atMost(Stat.of(scripted), 1.10));
    }

    /** One way of an interleaved benchmark: per-call µs, and its per-iteration ratio to the baseline way. */
    static List<String> row(JmhResult r, String way, String nanos, String baseline, String baseNanos) {
        double[] ratios = r.quotients(nanos, baseNanos);
        return List.of(way, Stat.of(perCallMicros(r, nanos)).format(), baseline, Stat.of(ratios).format(),
                Fmt.medianAndRange(ratios));
    }

    private static double[] perCallMicros(JmhResult r, String nanos) {
        double[] q = r.quotients(nanos, "rounds");
        for (int i = 0; i < q.length; i++) {
            q[i] /= 1000;
        }
        return q;
    }

    private static void separate(JmhResults results, Markdown md, Targets targets) {
        Optional<JmhResult> raw = results.find(SEPARATE + "raw");
        Optional<JmhResult> rawChunked = results.find(SEPARATE + "rawChunked");
        List<List<String>> rows = new ArrayList<>();
        rows.add(separateRow("wan-r2v, lean codec", results.find(SEPARATE + "libraryLeanCodec"), raw));
        rows.add(separateRow("wan-r2v, scripted test codec", results.find(SEPARATE + "library"), raw));
        rows.add(separateRow("raw, fixed length (baseline)", raw, Optional.empty()));
        rows.add(separateRow("raw, chunked (context: chunked framing)", rawChunked, Optional.empty()));
        md.table(List.of("way", "wall µs / pair", "CPU µs / pair", "allocated / pair", "wall ratio", "CPU ratio",
                "allocation ratio"), rows);
    }

    private static List<String> separateRow(String way, Optional<JmhResult> result, Optional<JmhResult> base) {
        if (result.isEmpty()) {
            return List.of(way, "no result", "", "", "", "", "");
        }
        JmhResult r = result.get();
        Stat wall = r.score();
        Stat cpu = cpuMicros(r);
        Stat alloc = r.has("gc.alloc.rate.norm") ? r.score("gc.alloc.rate.norm") : null;
        String wallRatio = base.map(b -> wall.over(b.score()).format()).orElse("");
        String cpuRatio = base.map(b -> cpu.over(cpuMicros(b)).format()).orElse("");
        String allocRatio = alloc == null ? "" : base.filter(b -> b.has("gc.alloc.rate.norm"))
                .map(b -> alloc.over(b.score("gc.alloc.rate.norm")).format()).orElse("");
        return List.of(way, wall.format(), cpu.format(), alloc == null ? "not profiled"
                : alloc.formatBytes(), wallRatio, cpuRatio, allocRatio);
    }

    private static Stat cpuMicros(JmhResult r) {
        return Stat.of(r.quotients("cpuNanos", "ops")).times(1e-3);
    }
}
