package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.PartsDone;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.Workers;
import dev.ladderbench.core.eval.AveragePrecision;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.eval.Folds;
import dev.ladderbench.core.eval.RocAuc;

import java.util.List;

/**
 * Fits a pipeline afresh in every fold, so no preprocessing step ever sees its validation rows. The folds
 * run in parallel on {@link Workers#current()}; their figures are collected by fold index, so they are the
 * same as in a sequential run.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * @throws dev.ladderbench.core.CancelledException when {@code cancel} is set; checked before each
     *         fold and while a fold's model scores its rows
     */
    public static CrossValidationResult run(ClassifierPipeline pipeline, ModelData data, Folds folds,
                                            ProgressListener progress, CancellationToken cancel) {
        if (folds.rowCount() != data.size()) {
            throw new IllegalArgumentException("Folds cover " + folds.rowCount() + " rows, the data has " + data.size());
        }
        int k = folds.count();
        progress.progress(0, pipeline.name() + ": " + k + " folds");
        PartsDone done = new PartsDone(progress, k, cancel);
        List<FoldOutcome> outcomes = Workers.current().map(k, fold -> {
            cancel.throwIfCancelled();
            FoldOutcome outcome = FoldOutcome.of(pipeline, data, folds, fold, cancel);
            done.partDone(n -> pipeline.name() + ": fold " + n + " of " + k);
            return outcome;
        });
        double[] rocAuc = new double[k];
        double[] trainRocAuc = new double[k];
        double[] averagePrecision = new double[k];
        double[] outOfFold = new double[data.size()];
        long fitNanos = 0;
        for (int fold = 0; fold < k; fold++) {
            FoldOutcome outcome = outcomes.get(fold);
            rocAuc[fold] = outcome.rocAuc();
            trainRocAuc[fold] = outcome.trainRocAuc();
            averagePrecision[fold] = outcome.averagePrecision();
            fitNanos += outcome.fitNanos();
            int[] validation = outcome.validation();
            for (int i = 0; i < validation.length; i++) {
                outOfFold[validation[i]] = outcome.validationProbability()[i];
            }
        }
        return new CrossValidationResult(pipeline.name(), FoldScores.of(rocAuc), FoldScores.of(trainRocAuc),
                FoldScores.of(averagePrecision), fitNanos / 1e9, outOfFold,
                outcomes.stream().map(FoldOutcome::model).toList());
    }

    /** What one fold measured; {@code fitNanos} is the fit alone, without scoring. */
    private record FoldOutcome(FittedClassifier model, long fitNanos, int[] validation,
                               double[] validationProbability, double rocAuc, double averagePrecision,
                               double trainRocAuc) {

        static FoldOutcome of(ClassifierPipeline pipeline, ModelData data, Folds folds, int fold,
                              CancellationToken cancel) {
            int[] training = folds.training(fold);
            int[] validation = folds.validation(fold);
            long start = System.nanoTime();
            FittedClassifier model = pipeline.fit(data, training);
            long fitNanos = System.nanoTime() - start;
            double[] probability = model.positiveProbability(validation, cancel);
            int[] validationY = data.labels(validation);
            return new FoldOutcome(model, fitNanos, validation, probability, RocAuc.of(validationY, probability),
                    AveragePrecision.of(validationY, probability),
                    RocAuc.of(data.labels(training), model.positiveProbability(training, cancel)));
        }
    }
}
