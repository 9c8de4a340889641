package dev.ladderbench.core.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Refuses, before any parsing, a file that cannot fit in the heap: better one clear sentence after a
 * millisecond than an OutOfMemoryError after a minute. The estimate is deliberately rough (8 bytes
 * per cell plus working space); the heap available is injectable so that tests can use a tiny one.
 */
final class MemoryBudget {

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
     * exact, a line number per row, and the text buffers of the two readers.
     */
    static long estimate(long textBytes, double bytesPerCell, int columns) {
        double cells = textBytes / Math.max(1.0, bytesPerCell);
        double rows = cells / Math.max(1, columns);
        double values = cells * Double.BYTES;
        double oneColumnCopy = rows * Double.BYTES;
        double lineNumbers = rows * Integer.BYTES;
        double textBuffers = 2.0 * CsvTokenizer.BUFFER * Character.BYTES;
        return (long) (values + oneColumnCopy + lineNumbers + textBuffers);
    }

    /**
     * Bytes the ladder needs beside the loaded values: per row, the labels, row positions, a sorted column copy
     * and the duplicate-row keys; per modelled cell, the copies the preprocessing and the trees of the folds
     * running at once make.
     */
    static long climbWorkspace(double rows, int columns, int sampleRows) {
        double modelled = sampleRows == 0 ? rows : Math.min(rows, sampleRows);
        return (long) (rows * 32 + modelled * columns * Double.BYTES * 4.0);
    }

    MemoryEstimate estimate(Path file, long textBytes, double bytesPerCell, int columns, int sampleRows) {
        double rows = textBytes / Math.max(1.0, bytesPerCell) / Math.max(1, columns);
        long load = estimate(textBytes, bytesPerCell, columns);
        return new MemoryEstimate(InputFile.nameOf(file), (long) rows, load,
                load + climbWorkspace(rows, columns, sampleRows), availableHeap.getAsLong(),
                Runtime.getRuntime().maxMemory());
    }

    /** Refuses a file whose values will not fit, in one sentence naming the -Xmx to use. */
    void check(Path file, long textBytes, double bytesPerCell, int columns) throws InvalidInputException {
        MemoryEstimate estimate = estimate(file, textBytes, bytesPerCell, columns, 0);
        if (!estimate.fitsToLoad()) {
            throw new InvalidInputException(file, estimate.advice().orElseThrow());
        }
    }
}
