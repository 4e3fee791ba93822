package dev.wanr2v.reliability.matrix;

import dev.wanr2v.reliability.support.Vendor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The matrix as Markdown, for docs/RELIABILITY.md: one row per call and fault (one per group of
 * providers where they differ), with what happens once and always, the creates the call sends, and the
 * rule behind it. Rendered from {@link Expectations}, so the document cannot drift from the test.
 */
final class MatrixTable {
    private MatrixTable() {
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append(counts()).append('\n');
        out.append("| call | fault | providers | once | always | creates sent | result | why |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Call call : Call.values()) {
            for (FaultKind fault : FaultKind.values()) {
                Map<Expect, List<Vendor>> groups = new LinkedHashMap<>();
                for (Vendor vendor : Vendor.values()) {
                    if (call.offeredBy(vendor)) {
                        groups.computeIfAbsent(Expectations.of(vendor, call, fault), e -> new ArrayList<>()).add(vendor);
                    }
                }
                groups.forEach((expect, vendors) -> out.append(row(call, fault, expect, vendors)));
            }
        }
        return out.toString();
    }

    private static String row(Call call, FaultKind fault, Expect expect, List<Vendor> vendors) {
        long offering = Stream.of(Vendor.values()).filter(call::offeredBy).count();
        String who = offering > 1 && vendors.size() == offering ? "all"
                : vendors.stream().map(Vendor::toString).collect(Collectors.joining(", "));
        boolean runs = expect.applies();
        return "| " + call + " | " + fault + " | " + who + " | " + describe(expect.once()) + " | "
                + describe(expect.always()) + " | " + (runs ? creates(call, fault, expect) : "") + " | "
                + (runs ? "pass" : "n/a") + " | " + expect.note() + " |\n";
    }

    private static String describe(Expect.Result result) {
        return result == null ? "—" : result.describe();
    }

    /**
     * Creates the call sends in each mode (a task prepared before the fault is not counted); for the
     * gate's faults, how many of them reached the vendor.
     */
    private static String creates(Call call, FaultKind fault, Expect expect) {
        List<String> sent = new ArrayList<>();
        List<String> reached = new ArrayList<>();
        Expect.Result[] results = {expect.once(), expect.always()};
        for (int i = 0; i < results.length; i++) {
            Expect.Result r = results[i];
            if (r != null) {
                sent.add(switch (call) {
                    case CREATE -> String.valueOf(r.attempts());
                    case UPLOAD_GRANT, UPLOAD_FILE -> r.success() ? "1" : "0";
                    default -> "0";
                });
                reached.add(String.valueOf(r.attempts() - (i == 0 ? 1 : r.attempts())));
            }
        }
        String text = String.join(" / ", sent);
        return call == Call.CREATE && fault.atGate() ? text + " (" + String.join(" / ", reached) + " reached the vendor)"
                : text;
    }

    /** How many cells run per provider. */
    static String counts() {
        Map<Vendor, Long> perVendor = new LinkedHashMap<>();
        for (Vendor vendor : Vendor.values()) {
            perVendor.put(vendor, Cell.all().stream().filter(c -> c.vendor() == vendor).count());
        }
        long total = perVendor.values().stream().mapToLong(Long::longValue).sum();
        return "Cells run: " + perVendor.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "; " + total + " in all.\n";
    }
}
