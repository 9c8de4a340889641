package dev.ladderbench.core.bench;

import java.util.List;
import java.util.Map;

/**
 * The figures of one ladder benchmark: rungs 0 to 3 climbed {@code runs} times on one file.
 *
 * @param rungSeconds   each rung's wall time per run, by rung id ("sanity", "baseline", ...), in climb order
 * @param totalSeconds  wall time of each whole climb (hash, folds and all rungs), the first with a cold JIT
 * @param peakHeapBytes the largest used heap seen by the collector's pools over all runs
 * @param peakRssBytes  the process's peak resident memory, or -1 where the system does not tell
 */
public record LadderFigures(String file, int rows, int columns, int threads, Map<String, List<Double>> rungSeconds,
                            List<Double> totalSeconds, long peakHeapBytes, long peakRssBytes) {

    public LadderFigures {
        rungSeconds = Map.copyOf(rungSeconds);
        totalSeconds = List.copyOf(totalSeconds);
    }

    public double bestTotalSeconds() {
        return totalSeconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The rung's time in the run with the best total, so that the rungs add up to that total. */
    public double rungSecondsOfBestRun(String rung) {
        return rungSeconds.get(rung).get(totalSeconds.indexOf(bestTotalSeconds()));
    }
}
