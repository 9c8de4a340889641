package dev.ladderbench.core.replay;

import dev.ladderbench.core.data.TrainingRange;

import java.util.List;

/**
 * A numeric feature of the training rows.
 *
 * @param median    the imputer's median; NaN when the training rows had no value, and the pipeline then
 *                  leaves the column out (as scikit-learn's imputer drops it)
 * @param mean      the scaler's mean; NaN when the model does not standardise (the forest)
 * @param scale     the scaler's divisor; NaN when the model does not standardise
 * @param min       the smallest finite training value (NaN when none)
 * @param max       the largest finite training value (NaN when none)
 * @param quantiles the 0, 10, ..., 100 % quantiles of the finite training values, linearly interpolated
 *                  as numpy's default; empty when none
 */
public record NumericFeature(String name, double median, double mean, double scale, double min, double max,
                             List<Double> quantiles) implements FeatureField {

    public NumericFeature {
        quantiles = List.copyOf(quantiles);
    }

    @Override
    public String type() {
        return "numeric";
    }

    /** False for a column with no training value: the pipeline ignores it. */
    public boolean used() {
        return !Double.isNaN(median);
    }

    public boolean scaled() {
        return !Double.isNaN(scale);
    }

    /** The training range with the drift comparison's default margin, so replay and drift agree. */
    public TrainingRange range() {
        return new TrainingRange(min, max, TrainingRange.DEFAULT_MARGIN);
    }
}
