package dev.ladderbench.core.model;

import dev.ladderbench.core.data.NumericColumn;

import java.util.Arrays;

/**
 * Replaces missing numbers with the exact median of the training rows (Smile's imputer only
 * approximates it). As numpy, an even count averages the two middle values. Infinite values count as
 * missing too: rung 0 reports them as {@code infinite-values}, and the model rungs still run.
 *
 * @param median NaN when every training value is missing; such a column is dropped, as
 *               scikit-learn's {@code SimpleImputer} drops it
 */
public record MedianImputer(String column, double median) {

    public static MedianImputer fit(NumericColumn column, int[] trainingRows) {
        double[] present = Arrays.stream(trainingRows)
                .mapToDouble(column::value)
                .filter(Double::isFinite)
                .toArray();
        return new MedianImputer(column.name(), median(present));
    }

    /** The median of {@code values} (NaN for none); the array is not changed. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public boolean dropsColumn() {
        return Double.isNaN(median);
    }

    public double impute(double value) {
        return Double.isFinite(value) ? value : median;
    }
}
