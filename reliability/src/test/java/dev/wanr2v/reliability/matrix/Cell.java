package dev.wanr2v.reliability.matrix;

import dev.wanr2v.reliability.support.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * One cell of the matrix: a vendor's call meets a fault in a mode, and must behave as {@link #expect}.
 *
 * @param vendor the provider
 * @param call   the call
 * @param fault  the fault
 * @param mode   once or always
 * @param expect what the documents say must happen
 */
record Cell(Vendor vendor, Call call, FaultKind fault, Mode mode, Expect expect) {

    /** The expected result in this cell's mode. */
    Expect.Result expected() {
        return expect.in(mode);
    }

    /** Every cell that runs: each vendor's calls, each fault, each mode the expectation defines. */
    static List<Cell> all() {
        List<Cell> cells = new ArrayList<>();
        for (Vendor vendor : Vendor.values()) {
            for (Call call : Call.of(vendor)) {
                for (FaultKind fault : FaultKind.values()) {
                    Expect expect = Expectations.of(vendor, call, fault);
                    for (Mode mode : Mode.values()) {
                        if (expect.in(mode) != null) {
                            cells.add(new Cell(vendor, call, fault, mode, expect));
                        }
                    }
                }
            }
        }
        return cells;
    }

    @Override
    public String toString() {
        return vendor + " · " + call + " · " + fault + " · " + mode + " → " + expected().describe();
    }
}
