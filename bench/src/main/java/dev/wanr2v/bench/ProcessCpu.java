package dev.wanr2v.bench;

import java.lang.management.ManagementFactory;

/** CPU time used so far by every thread of this JVM, in nanoseconds. */
final class ProcessCpu {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    static long nanos() {
        return OS.getProcessCpuTime();
    }
}
