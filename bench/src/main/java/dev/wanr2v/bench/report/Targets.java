package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The claims of issue 10 with their targets, as each section judges them. */
final class Targets {
    private final List<List<String>> rows = new ArrayList<>();

    void add(String claim, String target, String measured, Verdict verdict) {
        rows.add(List.of(claim, target, measured, verdict.text()));
    }

    void writeTo(Markdown md) {
        md.table(List.of("claim", "target", "measured", "verdict"), rows);
    }
}
