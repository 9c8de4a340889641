package dev.ladderbench.core.model;

/**
 * How well one feature alone predicts the label.
 *
 * @param categorical whether the feature was one-hot encoded (else median-imputed numbers)
 * @param treeAuc     mean validation ROC AUC of a depth-1 tree on this feature alone
 * @param flagged     whether {@code treeAuc} is above the probe's threshold: a red flag for leakage
 */
public record FeatureLeakage(String feature, boolean categorical, double treeAuc, boolean flagged) {
}
