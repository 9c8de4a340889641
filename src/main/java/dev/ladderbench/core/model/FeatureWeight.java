package dev.ladderbench.core.model;

/**
 * A number attached to one model input: a logistic regression coefficient or a forest's importance.
 *
 * @param feature a numeric column's name, or {@code column=level} for a one-hot column
 */
public record FeatureWeight(String feature, double weight) {
}
