package dev.ladderbench.core.analysis;

/**
 * Everything the Errors and Threshold steps show for one set of predictions at one threshold. The
 * sweep and the calibration do not depend on the threshold; analysing the same predictions
 * at another threshold (e.g. the article's 0.5 beside the chosen one) recomputes only the rest.
 *
 * @param matrix          the confusion matrix at the threshold, with the rows of each cell
 * @param missedPositives caught positives against false negatives, per feature
 * @param falseAlarms     true negatives against false positives, per feature
 * @param confidence      the predicted probabilities of each cell, errors split by confidence
 * @param sweep           every other threshold, for the slider, the curves and the suggestions
 * @param tuning          0.5 and this threshold against the best-F1 threshold ({@code threshold-untuned})
 */
public record ErrorAnalysis(ConfusionMatrix matrix, FeatureComparison missedPositives, FeatureComparison falseAlarms,
                           ErrorConfidence confidence, ThresholdSweep sweep, ThresholdTuning tuning,
                           Calibration calibration) {

    public double threshold() {
        return matrix.threshold();
    }
}
