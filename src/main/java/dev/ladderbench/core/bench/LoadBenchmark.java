package dev.ladderbench.core.bench;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measures how fast a file loads and how much heap the loaded dataset keeps. */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    /**
     * Loads the file {@code runs} times. The retained heap is measured once, around the last load, as
     * the growth of the used heap after full collections with the dataset still reachable.
     */
    public static LoadFigures measure(Path file, int runs) throws IOException, InvalidInputException {
        long bytes = Files.size(file);
        List<Double> seconds = new ArrayList<>(runs);
        Dataset dataset = null;
        long before = 0;
        for (int run = 0; run < runs; run++) {
            dataset = null;
            before = usedHeapAfterCollection();
            long start = System.nanoTime();
            LoadResult result = new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                    CancellationToken.none());
            seconds.add((System.nanoTime() - start) / 1e9);
            dataset = result.dataset();
        }
        long retained = usedHeapAfterCollection() - before;
        return new LoadFigures(file.getFileName().toString(), bytes, dataset.rowCount(), dataset.columnCount(),
                seconds, retained, 8L * dataset.rowCount() * dataset.columnCount());
    }

    private static long usedHeapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // A single System.gc() may leave floating garbage; take the lowest of a few.
        for (int i = 0; i < 3; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
