package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The claims of issue 10 with their targets, as each section judges them. */
final class Targets {
    private final List<List<String>> rows = new ArrayList<>();

    /** A judged claim; {@code met} null when there is no result to judge. */
    void add(String claim, String target, String measured, Boolean met) {
        rows.add(List.of(claim, target, measured, met == null ? "no result" : met ? "**met**" : "**missed**"));
    }

    void writeTo(Markdown md) {
        md.table(List.of("claim", "target", "measured (± 99.9 % CI)", "verdict"), rows);
    }
}
