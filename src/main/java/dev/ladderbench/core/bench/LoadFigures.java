package dev.ladderbench.core.bench;

import java.util.List;

/**
 * The figures of one load benchmark.
 *
 * @param seconds       wall time of each run, the first one with a cold JIT
 * @param retainedBytes heap kept by the loaded dataset
 * @param rawDoubleBytes 8 bytes per cell: the floor for a columnar table of doubles
 */
public record LoadFigures(String file, long fileBytes, int rows, int columns, List<Double> seconds,
                          long retainedBytes, long rawDoubleBytes) {

    public LoadFigures {
        seconds = List.copyOf(seconds);
    }

    public double bestSeconds() {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double rowsPerSecond() {
        return rows / bestSeconds();
    }

    public double megabytesPerSecond() {
        return fileBytes / 1e6 / bestSeconds();
    }

    /** Retained heap over raw doubles; the target is at most 1.2. */
    public double heapRatio() {
        return (double) retainedBytes / rawDoubleBytes;
    }
}
