package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.TrainingRange;

/**
 * The limits the drift findings use; defaults from DESIGN.md, changeable by the user, printed in the report.
 *
 * @param psiWarn       a feature whose PSI exceeds this is {@code feature-drift} at warn
 * @param psiFail       ... and above this at fail; any PSI above it also recommends retraining
 * @param predictionPsi the PSI of the model's scores above this is {@code prediction-drift}
 * @param aucDrop       the training CV AUC minus the production AUC above this is {@code performance-drop}
 *                      and recommends retraining
 * @param rangeMargin   a production value further than this share of the training range beyond the
 *                      training minimum or maximum is {@code out-of-range}
 */
public record DriftThresholds(double psiWarn, double psiFail, double predictionPsi, double aucDrop,
                              double rangeMargin) {

    public DriftThresholds {
        if (!(psiWarn >= 0 && psiFail >= psiWarn)) {
            throw new IllegalArgumentException("PSI limits need 0 <= warn <= fail, got " + psiWarn + " and " + psiFail);
        }
        if (!(predictionPsi >= 0 && aucDrop >= 0 && rangeMargin >= 0)) {
            throw new IllegalArgumentException("Drift limits cannot be negative");
        }
    }

    public static DriftThresholds defaults() {
        return new DriftThresholds(0.10, 0.25, 0.10, 0.05, TrainingRange.DEFAULT_MARGIN);
    }
}
