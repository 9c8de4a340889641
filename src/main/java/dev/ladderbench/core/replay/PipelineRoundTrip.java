package dev.ladderbench.core.replay;

import dev.ladderbench.core.CancellationToken;
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

    public boolean matched() {
        return differing == 0;
    }

    /** Reads {@code file}, which {@code written} was just saved to, and compares the two on every row of {@code data}. */
    public static PipelineRoundTrip check(SavedPipeline written, Path file, Dataset data, CancellationToken cancel)
            throws InvalidInputException {
        LoadedPipeline reloaded = PipelineFile.read(file);
        int differing = 0;
        for (int row = 0; row < data.rowCount(); row++) {
            cancel.throwIfCancelled();
            RowInput input = RowInput.of(data, row);
            if (!sameScore(Replayer.replay(written, input).score(), Replayer.replay(reloaded.pipeline(), input).score())) {
                differing++;
            }
        }
        return new PipelineRoundTrip(reloaded, data.name(), data.rowCount(), differing);
    }

    private static boolean sameScore(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() == b.isPresent()
                && (a.isEmpty() || Double.doubleToLongBits(a.getAsDouble()) == Double.doubleToLongBits(b.getAsDouble()));
    }
}
