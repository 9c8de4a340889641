package dev.ladderbench.core.analysis;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.RungId;

import java.util.Optional;

/**
 * The error step's result for one model rung: the error analysis at the chosen threshold, the ranking
 * quality of the same predictions, and the threshold suggestions (always from out-of-fold predictions).
 *
 * @param model            the rung whose model made the predictions
 * @param rocAuc           ROC AUC of the analysed predictions (on a holdout split: the test AUC)
 * @param averagePrecision PR-AUC (average precision) of the analysed predictions
 * @param untuned          {@code threshold-untuned} when it fires, on the model's rung
 */
public record ErrorReport(RungId model, PredictionSource source, ErrorAnalysis analysis, double rocAuc,
                          double averagePrecision, ThresholdSuggestions thresholds, Optional<Finding> untuned) {

    public double threshold() {
        return analysis.threshold();
    }

    public ConfusionCounts counts() {
        return analysis.matrix().counts();
    }

    public int rowsScored() {
        return counts().total();
    }
}
