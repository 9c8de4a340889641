package dev.ladderbench.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** Wall time and the process's CPU time, read together at the start and end of a run. */
final class Clock {

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private final long wallStart = System.nanoTime();
    private final long cpuStart = processCpuNanos();

    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** NaN where the JVM does not report process CPU time. */
    double cpuSeconds() {
        long now = processCpuNanos();
        return now < 0 || cpuStart < 0 ? Double.NaN : (now - cpuStart) / 1e9;
    }

    void stopInto(Timing.Recorder recorder) {
        recorder.add(wallSeconds(), cpuSeconds());
    }

    private static long processCpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
    }
}
