package dev.wanr2v.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Section 5: validation throughput (context only). */
final class ValidationSection {
    private static final String BENCH = "ValidationBenchmark.";

    private ValidationSection() {
    }

    static void write(JmhResults results, Markdown md) {
        md.heading(2, "5. Validation (context, no target)");
        md.paragraph("Requests validated per second on one thread. Typical: a 53-character prompt, an image and a "
                + "video by URL. Full: a 1500-character prompt, two images and three videos by URL, a seed. "
                + "`RequestValidator` checks the core rules against the scripted provider's capabilities; "
                + "`R2vClient.validate` adds the provider's own checks.");
        List<List<String>> rows = new ArrayList<>();
        for (String[] way : new String[][] {
            {"validatorTypical", "`RequestValidator.validate`", "typical"},
            {"validatorFull", "`RequestValidator.validate`", "full"},
            {"clientTypical", "`R2vClient.validate`", "typical"},
            {"clientFull", "`R2vClient.validate`", "full"}}) {
            Optional<JmhResult> r = results.find(BENCH + way[0]);
            rows.add(r.map(x -> List.of(way[1], way[2], x.score().format(),
                    Fmt.number(1e6 / x.score().mean(), 3))).orElse(List.of(way[1], way[2], "no result", "")));
        }
        md.table(List.of("what", "request", "validations per second", "µs each"), rows);
    }
}
