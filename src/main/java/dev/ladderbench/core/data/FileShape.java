package dev.ladderbench.core.data;

/**
 * A file as the memory estimate sees it before loading: its size as text and, from its first block, its columns
 * and bytes per cell, from which its rows follow.
 *
 * @param textBytes    the file's size as text (a gzip file's estimated)
 * @param bytesPerCell the first block's bytes per cell
 */
record FileShape(long textBytes, double bytesPerCell, SampleColumns columns) {

    /**
     * @param sampleText  the first block as text
     * @param sampleBytes the first block's size in bytes
     * @param wholeFile   the first block is the whole file
     */
    static FileShape of(long textBytes, String sampleText, int sampleBytes, boolean wholeFile, char delimiter,
                        CellRules rules) {
        int lines = Math.max(1, (int) sampleText.chars().filter(c -> c == '\n').count());
        SampleColumns columns = SampleColumns.read(sampleText, delimiter, rules, wholeFile,
                SampleHeader.fieldCount(sampleText, delimiter));
        return new FileShape(textBytes, (double) sampleBytes / ((double) lines * columns.columns()), columns);
    }

    long rows() {
        return (long) (textBytes / Math.max(1.0, bytesPerCell) / columns.columns());
    }

    /** Heap to load the file in a heap of {@code regionBytes} regions (see {@link HeapModel#loadBytes}). */
    long loadBytes(long regionBytes) {
        long rows = rows();
        return HeapModel.loadBytes(rows, columns.numericColumns(), columns.text().size(),
                columns.levelBytesWhileReading(rows), regionBytes);
    }

    /** What stays once the file is read: the columns and their levels. */
    long dataBytes(long regionBytes) {
        long rows = rows();
        return HeapModel.columnsBytes(rows, columns.numericColumns(), columns.text().size(), regionBytes)
                + columns.levelBytes(rows);
    }
}
