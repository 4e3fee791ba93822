package dev.wanr2v.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Process CPU time (every thread of the JVM, the in-JVM stub included) over one iteration, and the
 * operations in it; their quotient is the CPU cost of one operation. Call {@link #count()} once per
 * operation.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuMeter {
    /** Operations counted this iteration. */
    public long ops;
    /** Process CPU nanoseconds since the iteration began, as of the last operation. */
    public long cpuNanos;
    private long start;

    @Setup(Level.Iteration)
    public void reset() {
        start = ProcessCpu.nanos();
    }

    void count() {
        ops++;
        cpuNanos = ProcessCpu.nanos() - start;
    }
}
