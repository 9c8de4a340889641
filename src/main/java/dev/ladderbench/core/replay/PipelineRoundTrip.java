package dev.ladderbench.core.replay;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.PartsDone;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.Workers;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;

import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * A pipeline written to its file and read back, the reloaded one scoring every row of the data it was fitted
 * on against the one written: the evidence that the file alone carries the pipeline, so a service can load it
 * instead of recreating the preprocessing.
 *
 * @param reloaded  the pipeline as read back from the file
 * @param dataFile  the data file whose rows were scored
 * @param rows      rows scored by both
 * @param differing rows whose two scores are not bit-identical (or which only one of them could score)
 */
public record PipelineRoundTrip(LoadedPipeline reloaded, String dataFile, int rows, int differing) {

    private static final int BLOCK = 4096;

    public boolean matched() {
        return differing == 0;
    }

    /**
     * Reads {@code file}, which {@code written} was just saved to, and compares the two on every row of {@code data},
     * in blocks of rows on the worker pool.
     */
    public static PipelineRoundTrip check(SavedPipeline written, Path file, Dataset data, ProgressListener progress,
                                          CancellationToken cancel) throws InvalidInputException {
        LoadedPipeline loaded = PipelineFile.read(file);
        SavedPipeline reloaded = loaded.pipeline();
        int rows = data.rowCount();
        int blocks = (rows + BLOCK - 1) / BLOCK;
        String comparing = "Scoring " + data.name() + " with " + file.getFileName() + " as read back";
        PartsDone done = new PartsDone(progress, blocks, cancel);
        int differing = Workers.current().map(blocks, block -> {
            cancel.throwIfCancelled();
            int count = 0;
            for (int row = block * BLOCK; row < Math.min(rows, (block + 1) * BLOCK); row++) {
                RowInput input = RowInput.of(data, row);
                if (!sameScore(Replayer.scoreOf(written, input), Replayer.scoreOf(reloaded, input))) {
                    count++;
                }
            }
            done.partDone(blocksDone -> comparing);
            return count;
        }).stream().mapToInt(Integer::intValue).sum();
        return new PipelineRoundTrip(loaded, data.name(), rows, differing);
    }

    private static boolean sameScore(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() == b.isPresent()
                && (a.isEmpty() || Double.doubleToLongBits(a.getAsDouble()) == Double.doubleToLongBits(b.getAsDouble()));
    }
}
