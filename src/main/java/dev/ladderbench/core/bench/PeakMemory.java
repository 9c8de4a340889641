package dev.ladderbench.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** The memory figures of a benchmark: the process's peak resident memory and the heap a result keeps. */
public final class PeakMemory {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    /** VmHWM, the resident high-water mark Linux keeps per process; empty on other systems. */
    public static OptionalLong residentHighWaterMark() {
        if (!Files.isReadable(PROC_STATUS)) {
            return OptionalLong.empty();
        }
        try {
            return vmHwm(Files.readAllLines(PROC_STATUS));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong vmHwm(List<String> status) {
        return status.stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> 1024 * Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst();
    }

    /** The used heap after full collections; a single one may leave floating garbage, so the lowest of a few. */
    static long usedHeapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
