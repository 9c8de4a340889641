package dev.ladderbench.core.analysis;

/**
 * When a probability counts as a positive prediction at a threshold.
 *
 * <p>The product uses {@link #AT_OR_ABOVE} everywhere: it is the rule of scikit-learn's
 * {@code roc_curve} and {@code precision_recall_curve}, whose thresholds are the scores themselves, so a
 * suggested threshold, the point it marks on a curve and the confusion matrix the slider shows at it all
 * agree. {@link #ABOVE} exists to reproduce figures that come from a classifier's {@code predict}
 * ({@code p > 0.5}), as the reference's "at 0.5" figures do; the two differ only for rows scored exactly
 * at the threshold, which forest vote shares make common at 0.5.
 */
public enum DecisionRule {
    /** Positive when {@code p >= threshold}. */
    AT_OR_ABOVE,
    /** Positive when {@code p > threshold}. */
    ABOVE;

    public boolean positive(double probability, double threshold) {
        return this == AT_OR_ABOVE ? probability >= threshold : probability > threshold;
    }
}
