package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.eval.AveragePrecision;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.eval.Folds;
import dev.ladderbench.core.eval.RocAuc;

import java.util.ArrayList;
import java.util.List;

/** Fits a pipeline afresh in every fold, so no preprocessing step ever sees its validation rows. */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * @throws dev.ladderbench.core.CancelledException when {@code cancel} is set; checked before each fold
     */
    public static CrossValidationResult run(ClassifierPipeline pipeline, ModelData data, Folds folds,
                                            ProgressListener progress, CancellationToken cancel) {
        if (folds.rowCount() != data.size()) {
            throw new IllegalArgumentException("Folds cover " + folds.rowCount() + " rows, the data has " + data.size());
        }
        int k = folds.count();
        double[] rocAuc = new double[k];
        double[] trainRocAuc = new double[k];
        double[] averagePrecision = new double[k];
        double[] outOfFold = new double[data.size()];
        List<FittedClassifier> models = new ArrayList<>(k);
        long fitNanos = 0;
        for (int fold = 0; fold < k; fold++) {
            cancel.throwIfCancelled();
            progress.progress((double) fold / k, pipeline.name() + ": fold " + (fold + 1) + " of " + k);
            int[] training = folds.training(fold);
            int[] validation = folds.validation(fold);
            long start = System.nanoTime();
            FittedClassifier model = pipeline.fit(data, training);
            fitNanos += System.nanoTime() - start;
            models.add(model);

            double[] validationProbability = model.positiveProbability(validation);
            int[] validationY = data.labels(validation);
            rocAuc[fold] = RocAuc.of(validationY, validationProbability);
            averagePrecision[fold] = AveragePrecision.of(validationY, validationProbability);
            trainRocAuc[fold] = RocAuc.of(data.labels(training), model.positiveProbability(training));
            for (int i = 0; i < validation.length; i++) {
                outOfFold[validation[i]] = validationProbability[i];
            }
        }
        progress.progress(1, pipeline.name() + ": " + k + " folds done");
        return new CrossValidationResult(pipeline.name(), FoldScores.of(rocAuc), FoldScores.of(trainRocAuc),
                FoldScores.of(averagePrecision), fitNanos / 1e9, outOfFold, models);
    }
}
