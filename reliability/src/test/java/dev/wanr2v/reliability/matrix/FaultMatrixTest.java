package dev.wanr2v.reliability.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.reliability.support.Vendor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault on every call of every provider (docs/RELIABILITY.md, "Fault matrix"): the cells come from
 * {@link Expectations}, each run by {@link CellRunner} and judged by {@link CellVerdict}.
 */
class FaultMatrixTest {
    private static CellRunner runner;

    @BeforeAll
    static void start() {
        runner = new CellRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    /** Every cell, or those whose name contains {@code -Dreliability.cells=…} (to rerun one while debugging). */
    static List<Cell> cells() {
        String only = System.getProperty("reliability.cells", "");
        return Cell.all().stream().filter(c -> c.toString().contains(only)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void cell(Cell cell) {
        runner.check(cell);
    }

    @Test
    void everyCallAVendorLacksIsLeftOutAndEveryCellThatDoesNotApplySaysWhy() {
        assertThat(Call.of(Vendor.UNIALL)).containsExactly(Call.CREATE, Call.STATUS, Call.AWAIT, Call.DOWNLOAD);
        assertThat(Call.of(Vendor.WAN26API)).containsExactly(Call.CREATE, Call.STATUS, Call.AWAIT, Call.DOWNLOAD);
        assertThat(Call.of(Vendor.DASHSCOPE)).hasSize(Call.values().length);
        for (Vendor vendor : Vendor.values()) {
            for (Call call : Call.of(vendor)) {
                for (FaultKind fault : FaultKind.values()) {
                    Expect e = Expectations.of(vendor, call, fault);
                    if (e.once() == null || e.always() == null) {
                        boolean retried = e.always() != null;
                        assertThat(e.applies() && !retried ? "one mode suffices: not retried" : e.note())
                                .as("%s %s %s", vendor, call, fault).isNotBlank();
                    }
                }
            }
        }
    }
}
