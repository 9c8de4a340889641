package dev.ladderbench.core.ladder;

import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.model.FeatureWeight;

import java.util.List;
import java.util.Optional;

/**
 * What a model rung (1 to 3) measured with cross-validation.
 *
 * @param model            the pipeline as a person names it ("median imputer -> scaler -> logistic regression")
 * @param baselineRocAuc   rung 1's mean ROC AUC, for the dummy line on the fold chart
 * @param weights          rung 2: standardised coefficients; rung 3: feature importance; largest first
 * @param predictedClasses distinct classes predicted at the 0.5 threshold over the out-of-fold predictions
 * @param outOfFold        every labelled row scored by the fold model that did not see it, for error analysis
 *                         and threshold tuning; empty for a macro one-vs-rest multiclass run
 * @param rows             the labelled rows the model was cross-validated on (all, or a stratified sample)
 */
public record ModelFigures(String model, FoldScores rocAuc, FoldScores trainRocAuc, FoldScores averagePrecision,
                           double prevalence, double baselineRocAuc, double fitSeconds, List<FeatureWeight> weights,
                           int predictedClasses, Optional<Predictions> outOfFold, ModelRows rows) {

    public ModelFigures {
        weights = List.copyOf(weights);
    }
}
