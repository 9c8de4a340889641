package dev.ladderbench.core.bench;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Times rungs 0 to 3 with the default settings (5 shuffled folds, seed 42) on a file already on disk. */
public final class LadderBenchmark {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private LadderBenchmark() {
    }

    /** Loads the file once (not timed), then climbs the whole ladder {@code runs} times. */
    public static LadderFigures measure(Path file, String target, int runs) throws IOException, InvalidInputException {
        Dataset dataset = new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        LadderRequest request = new LadderRequest(dataset, target, Optional.empty(), Set.of(),
                LadderSettings.defaults());
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, List<Double>> rungSeconds = new LinkedHashMap<>();
        List<Double> totals = new ArrayList<>(runs);
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            LadderResult result = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
            totals.add((System.nanoTime() - start) / 1e9);
            for (RungResult rung : result.rungs()) {
                rungSeconds.computeIfAbsent(rung.id().id(), k -> new ArrayList<>()).add(rung.seconds());
            }
        }
        return new LadderFigures(file.getFileName().toString(), dataset.rowCount(), dataset.columnCount(),
                Runtime.getRuntime().availableProcessors(), rungSeconds, totals, peakHeap(), peakRss());
    }

    /** Sum of the heap pools' peaks: an upper bound, as the pools need not peak at the same moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** VmHWM, the resident high-water mark Linux keeps per process. */
    private static long peakRss() throws IOException {
        if (!Files.isReadable(PROC_STATUS)) {
            return -1;
        }
        return Files.readAllLines(PROC_STATUS).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> 1024 * Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElse(-1);
    }
}
