package dev.ladderbench.core.analysis;

import dev.ladderbench.core.model.ModelData;

/** Builds an {@link ErrorAnalysis} from a model's predictions. */
public final class ErrorAnalyzer {

    private ErrorAnalyzer() {
    }

    /**
     * @param data        the data the predictions were made on (its features are compared)
     * @param predictions out-of-fold or holdout predictions
     * @param threshold   rows scored at or above it are predicted positive
     */
    public static ErrorAnalysis analyze(ModelData data, Predictions predictions, double threshold) {
        ConfusionMatrix matrix = ConfusionMatrix.at(predictions, threshold);
        ThresholdSweep sweep = ThresholdSweep.of(predictions);
        return new ErrorAnalysis(matrix,
                FeatureComparison.missedPositives(data.features(), matrix),
                FeatureComparison.falseAlarms(data.features(), matrix),
                ErrorConfidence.of(matrix, ErrorConfidence.DEFAULT_BINS, ErrorConfidence.DEFAULT_MARGIN),
                sweep, ThresholdTuning.of(sweep, threshold), Calibration.of(predictions, Calibration.DEFAULT_BINS));
    }
}
