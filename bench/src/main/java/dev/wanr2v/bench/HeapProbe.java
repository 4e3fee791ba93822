package dev.wanr2v.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap held by live objects: used heap read after full collections, once it stops shrinking. */
public final class HeapProbe {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final long SETTLED_BYTES = 16 * 1024;

    private HeapProbe() {
    }

    /** Used heap after up to six full collections, stopping when two readings differ by under 16 KB. */
    public static long settledUsedBytes() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            MEMORY.gc();
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < SETTLED_BYTES) {
                return Math.min(previous, used);
            }
            previous = used;
        }
        return previous;
    }
}
