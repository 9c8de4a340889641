package dev.ladderbench.core.bench;

/**
 * How fast one file loaded and how much heap the loaded dataset keeps.
 *
 * @param retainedBytes  growth of the live heap (after full collections) with the dataset reachable
 * @param rawDoubleBytes 8 bytes per cell: the floor for a columnar table of doubles
 */
public record LoadFigures(Timing timing, long fileBytes, int rows, int columns, long retainedBytes,
                          long rawDoubleBytes) {

    public double megabytesPerSecond() {
        return fileBytes / 1e6 / timing.bestWall();
    }

    /** Retained heap over raw doubles; the target is at most 1.2. */
    public double heapRatio() {
        return (double) retainedBytes / rawDoubleBytes;
    }
}
