package dev.ladderbench.core.model;

import dev.ladderbench.core.eval.FoldScores;

import java.util.List;

/**
 * What cross-validating one pipeline measured.
 *
 * @param rocAuc                validation ROC AUC per fold
 * @param trainRocAuc           ROC AUC of each fold's model on its own training rows (overfitting check)
 * @param averagePrecision      validation average precision (PR-AUC) per fold
 * @param fitSeconds            time spent fitting, all folds together
 * @param outOfFoldProbability  the positive-class probability of each labelled row, predicted by the
 *                              model of the fold that validated it (for error analysis and thresholds)
 * @param models                the fitted model of each fold, in fold order
 */
public record CrossValidationResult(String model, FoldScores rocAuc, FoldScores trainRocAuc,
                                    FoldScores averagePrecision, double fitSeconds,
                                    double[] outOfFoldProbability, List<FittedClassifier> models) {

    public CrossValidationResult {
        outOfFoldProbability = outOfFoldProbability.clone();
        models = List.copyOf(models);
    }

    @Override
    public double[] outOfFoldProbability() {
        return outOfFoldProbability.clone();
    }
}
