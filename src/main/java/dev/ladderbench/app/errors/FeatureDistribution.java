package dev.ladderbench.app.errors;

import dev.ladderbench.core.analysis.ConfusionMatrix;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One feature's values in the correct cell against the error cell of the same class (caught against
 * missed positives, or true negatives against false alarms), as shares of each cell so that cells of
 * very different sizes overlay: equal-width bins for a numeric feature, levels for a categorical one.
 * Missing cells are left out of a numeric feature's bins and form a level of a categorical one.
 *
 * @param bins      the bin or level names, in order
 * @param reference the share of the correct cell's rows in each bin
 * @param errors    the share of the error cell's rows in each bin
 */
public record FeatureDistribution(String feature, List<String> bins, double[] reference, double[] errors) {

    static final int NUMERIC_BINS = 12;
    /** {@link FeatureComparison}'s name for the missing level (package-private there). */
    static final String MISSING_LEVEL = "(missing)";

    static FeatureDistribution of(Dataset dataset, String feature, ConfusionMatrix matrix, FeatureComparison comparison) {
        Column column = dataset.column(feature).orElseThrow();
        int[] reference = matrix.datasetRows(comparison.reference());
        int[] errors = matrix.datasetRows(comparison.errors());
        return column instanceof NumericColumn numeric ? numeric(numeric, reference, errors)
                : categorical((CategoricalColumn) column, reference, errors);
    }

    private static FeatureDistribution numeric(NumericColumn column, int[] reference, int[] errors) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int[] rows : List.of(reference, errors)) {
            for (int row : rows) {
                if (!column.isMissing(row)) {
                    min = Math.min(min, column.value(row));
                    max = Math.max(max, column.value(row));
                }
            }
        }
        if (min > max) {
            return new FeatureDistribution(column.name(), List.of(), new double[0], new double[0]);
        }
        double width = max > min ? (max - min) / NUMERIC_BINS : 1;
        int bins = max > min ? NUMERIC_BINS : 1;
        List<String> names = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            names.add(edge(min + b * width));
        }
        double low = min;
        BinOf binOf = row -> column.isMissing(row) ? -1 : Math.min(bins - 1, (int) ((column.value(row) - low) / width));
        return new FeatureDistribution(column.name(), names, shares(reference, binOf, bins), shares(errors, binOf, bins));
    }

    private static FeatureDistribution categorical(CategoricalColumn column, int[] reference, int[] errors) {
        List<String> names = new ArrayList<>(column.levels());
        names.add(MISSING_LEVEL);
        int missing = names.size() - 1;
        BinOf binOf = row -> column.isMissing(row) ? missing : column.code(row);
        double[] referenceShares = shares(reference, binOf, names.size());
        double[] errorShares = shares(errors, binOf, names.size());
        if (referenceShares[missing] == 0 && errorShares[missing] == 0) {
            // No missing cell among the compared rows: no level to show, as in the comparison.
            return new FeatureDistribution(column.name(), names.subList(0, missing),
                    Arrays.copyOf(referenceShares, missing), Arrays.copyOf(errorShares, missing));
        }
        return new FeatureDistribution(column.name(), names, referenceShares, errorShares);
    }

    @FunctionalInterface
    private interface BinOf {
        /** The bin of a dataset row, -1 to leave it out. */
        int of(int row);
    }

    private static double[] shares(int[] rows, BinOf binOf, int bins) {
        double[] shares = new double[bins];
        int counted = 0;
        for (int row : rows) {
            int bin = binOf.of(row);
            if (bin >= 0) {
                shares[bin]++;
                counted++;
            }
        }
        for (int b = 0; b < bins && counted > 0; b++) {
            shares[b] /= counted;
        }
        return shares;
    }

    /** A bin's lower edge, short enough for an axis. */
    private static String edge(double value) {
        return Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
