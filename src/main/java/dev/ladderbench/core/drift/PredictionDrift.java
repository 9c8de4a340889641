package dev.ladderbench.core.drift;

import dev.ladderbench.core.ladder.ModelRows;

import java.util.List;

/**
 * The model's scores compared between the files, as a numeric feature is: PSI over deciles of the training
 * scores and the two-sample KS test.
 *
 * @param rows the labelled training rows the model was fitted and scored on (all, or a stratified sample)
 */
public record PredictionDrift(String model, double psi, double ks, double ksPValue, List<BinCount> psiBins,
                              List<BinCount> histogram, ModelRows rows) {

    public PredictionDrift {
        psiBins = List.copyOf(psiBins);
        histogram = List.copyOf(histogram);
    }

    static PredictionDrift of(ModelScores scores) {
        // Compared as a numeric feature would be; its feature status is not used (prediction-drift has its own limit).
        NumericDrift compared = NumericComparison.of("score", scores.training(), scores.production(),
                DriftThresholds.defaults());
        return new PredictionDrift(scores.model(), compared.psi(), compared.ks(), compared.ksPValue(),
                compared.psiBins(), compared.histogram(), scores.rows());
    }
}
