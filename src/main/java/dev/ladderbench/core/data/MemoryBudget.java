package dev.ladderbench.core.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Refuses, before any parsing, a file that cannot fit in the heap: better one clear sentence after a
 * millisecond than an OutOfMemoryError after a minute. The estimate is deliberately rough (8 bytes
 * per cell plus working space); the heap available is injectable so that tests can use a tiny one.
 */
final class MemoryBudget {

    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    private final LongSupplier availableHeap;

    MemoryBudget(LongSupplier availableHeap) {
        this.availableHeap = availableHeap;
    }

    static MemoryBudget ofThisJvm() {
        return new MemoryBudget(MemoryBudget::heapAvailableNow);
    }

    /**
     * The maximum heap minus what was live after the last garbage collection: used-but-dead memory
     * would otherwise make a second file look too big after the first was closed.
     */
    static long heapAvailableNow() {
        Runtime runtime = Runtime.getRuntime();
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc == null) {
                return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
            }
            live += afterGc.getUsed();
        }
        return runtime.maxMemory() - live;
    }

    /**
     * Bytes needed to load {@code textBytes} of delimited text holding about {@code bytesPerCell} bytes
     * a cell in {@code columns} columns: the values (8 bytes a cell), one column copied while it is made
     * exact, a line number per row, and the records in flight between the two reading threads.
     */
    static long estimate(long textBytes, double bytesPerCell, int columns) {
        double cells = textBytes / Math.max(1.0, bytesPerCell);
        double rows = cells / Math.max(1, columns);
        double values = cells * Double.BYTES;
        double oneColumnCopy = rows * Double.BYTES;
        double lineNumbers = rows * Integer.BYTES;
        double recordsInFlight = Math.min(rows, RecordPipeline.BATCH * 6.0) * columns * (56 + 2 * bytesPerCell);
        return (long) (values + oneColumnCopy + lineNumbers + recordsInFlight);
    }

    void check(Path file, long needed) throws InvalidInputException {
        long available = availableHeap.getAsLong();
        if (needed <= available) {
            return;
        }
        long suggestedGb = (long) Math.ceil((Runtime.getRuntime().maxMemory() + (needed - available)) * 1.25 / GB);
        throw new InvalidInputException(file, String.format(Locale.ROOT,
                "%s needs about %s of memory to load but only %s is available; start Ladderbench with more heap,"
                        + " for example java -Xmx%dg -jar ladderbench.jar, or load a smaller file.",
                InputFile.nameOf(file), size(needed), size(Math.max(0, available)), Math.max(1, suggestedGb)));
    }

    static String size(long bytes) {
        return bytes >= GB
                ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GB)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round((double) bytes / MB)));
    }
}
