package dev.ladderbench.core.drift;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.eval.Folds;
import dev.ladderbench.core.eval.StratifiedFolds;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelSample;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungPipelines;
import dev.ladderbench.core.model.ClassifierPipeline;
import dev.ladderbench.core.model.CrossValidation;
import dev.ladderbench.core.model.CrossValidationResult;
import dev.ladderbench.core.model.FeatureSpec;
import dev.ladderbench.core.model.FittedClassifier;
import dev.ladderbench.core.model.ModelData;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Fits a rung's pipeline (the forest or the linear model, exactly as the ladder fits it) on the training
 * file: cross-validated for the training AUC and the out-of-fold training scores, then on the same labelled
 * training rows to score every production row. Above {@link LadderSettings#sampleRows()} labelled rows those are
 * the ladder's own seeded stratified sample, so that a 10,000,000-row training file is modelled in the heap the
 * ladder needs; the scores say which rows they come from.
 *
 * @param positiveLabel the target value that is class 1 (one-vs-rest for a multiclass target)
 */
public record RungScorer(RungId rung, String target, String positiveLabel, Set<String> excluded,
                         LadderSettings settings) implements Scorer {

    public RungScorer {
        excluded = Set.copyOf(excluded);
        if (rung != RungId.LINEAR && rung != RungId.FOREST) {
            throw new IllegalArgumentException("Drift scores with the forest or the linear model, not " + rung.label());
        }
    }

    @Override
    public List<String> features(Dataset training) {
        return FeatureSpec.of(training, target, excluded).columns().stream().map(Column::name).toList();
    }

    @Override
    public ModelScores score(Dataset training, Dataset production, ProgressListener progress, CancellationToken cancel) {
        ClassifierPipeline pipeline = RungPipelines.of(rung, settings, cancel);
        ModelData all = ModelData.of(training, target, positiveLabel, excluded);
        ModelData data = ModelSample.of(all, settings);
        Folds folds = switch (settings.cv()) {
            case ORDERED -> StratifiedFolds.ordered(data.y(), settings.folds());
            case SHUFFLED -> StratifiedFolds.shuffled(data.y(), settings.folds(), settings.seed());
        };
        int k = settings.folds();
        CrossValidationResult cv = CrossValidation.run(pipeline, data, folds,
                (fraction, message) -> progress.progress(fraction * k / (k + 1), message), cancel);
        cancel.throwIfCancelled();
        progress.progress((double) k / (k + 1), pipeline.name() + ": fitting on every training row");
        int[] trainingPositions = IntStream.range(0, data.size()).toArray();
        Dataset combined = CombinedRows.of(training, data.datasetRows(trainingPositions), production,
                features(training), target, positiveLabel);
        ModelData both = ModelData.of(combined, target, positiveLabel, Set.of());
        int[] productionPositions = IntStream.range(data.size(), both.size()).toArray();
        FittedClassifier fitted = pipeline.fit(both, trainingPositions);
        double[] productionScores = fitted.positiveProbability(productionPositions, cancel);
        progress.progress(1, pipeline.name() + ": production scored");
        return new ModelScores(pipeline.name(), cv.outOfFoldProbability(), productionScores, cv.rocAuc().mean(),
                ModelSample.rows(data, all, settings));
    }
}
