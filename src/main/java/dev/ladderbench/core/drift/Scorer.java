package dev.ladderbench.core.drift;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.Dataset;

import java.util.List;

/**
 * Scores the training and the production file with one model: a pipeline fitted here on the training file
 * ({@link RungScorer}), or a saved pipeline loaded from its file. The drift analysis calls it only when the
 * production file has every column the model reads, with the same types.
 */
public interface Scorer {

    /** The columns the model reads, to check production for before scoring. */
    List<String> features(Dataset training);

    ModelScores score(Dataset training, Dataset production, ProgressListener progress, CancellationToken cancel);
}
