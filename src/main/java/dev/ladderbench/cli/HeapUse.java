package dev.ladderbench.cli;

import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.Dataset;

import java.nio.file.Path;

/**
 * What a command is doing, on how much data, and how much heap that needs by {@link HeapModel}: kept as figures
 * only (never the data itself, which must become unreachable when memory runs out), so that the root command can
 * turn an {@link OutOfMemoryError} into one sentence whichever command ran out.
 */
final class HeapUse {

    private String work = "Ladderbench";
    private long rows;
    private int columns;
    private long neededBytes;

    /** Reading a file: its size is not known yet. */
    void reading(Path file) {
        work = "Reading " + file.getFileName();
        rows = 0;
    }

    /**
     * @param what        the sentence's subject: "The ladder", "Drift", "The pipeline"
     * @param workBytes   what the work needs beside the data, by {@link HeapModel}
     */
    void working(String what, Dataset data, long workBytes) {
        work = what;
        rows = data.rowCount();
        columns = data.columnCount();
        neededBytes = HeapModel.dataBytes(data) + workBytes;
    }

    /** The same, for work on more than one dataset whose sizes the caller added up. */
    void working(String what, long rows, int columns, long neededBytes) {
        this.work = what;
        this.rows = rows;
        this.columns = columns;
        this.neededBytes = neededBytes;
    }

    String outOfMemory(HeapModel heap) {
        return rows == 0 ? heap.ranOut(work) : heap.ranOut(work, rows, columns, neededBytes);
    }
}
