package dev.ladderbench.core.model;

import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.IntStream;

/**
 * A dataset prepared for binary classification: the feature columns, and for every row with a label
 * its 0/1 class (1 = the positive label; any other label is 0, one-vs-rest for a multiclass target).
 *
 * <p>Rows whose target cell is empty are left out (they cannot be scored); the data sanity rung reports
 * them as {@code missing-labels}. Models and folds address the remaining rows by position 0..size-1;
 * {@link #datasetRows} maps positions back to rows of the dataset. Immutable.
 */
public final class ModelData {

    private final Dataset dataset;
    private final FeatureSpec features;
    private final String target;
    private final String positiveLabel;
    private final int[] rows;
    private final int[] y;

    private ModelData(Dataset dataset, FeatureSpec features, String target, String positiveLabel, int[] rows, int[] y) {
        this.dataset = dataset;
        this.features = features;
        this.target = target;
        this.positiveLabel = positiveLabel;
        this.rows = rows;
        this.y = y;
    }

    /**
     * @param positiveLabel the target value that is class 1, as {@link Column#text} shows it (e.g.
     *                      {@code TargetSummary.defaultPositive()})
     */
    public static ModelData of(Dataset dataset, String target, String positiveLabel, Collection<String> excluded) {
        Column label = dataset.column(target)
                .orElseThrow(() -> new IllegalArgumentException("No target column " + target));
        int[] rows = IntStream.range(0, dataset.rowCount()).filter(r -> !label.isMissing(r)).toArray();
        int[] y = Arrays.stream(rows).map(r -> label.text(r).equals(positiveLabel) ? 1 : 0).toArray();
        int positives = Arrays.stream(y).sum();
        if (positives == 0 || positives == y.length) {
            throw new IllegalArgumentException("The positive label '" + positiveLabel + "' must name some but not all"
                    + " labelled rows of '" + target + "'; it names " + positives + " of " + y.length + ".");
        }
        return new ModelData(dataset, FeatureSpec.of(dataset, target, excluded), target, positiveLabel, rows, y);
    }

    /** The same rows and labels, learning from other features (the leakage probe: one at a time). */
    public ModelData withFeatures(FeatureSpec otherFeatures) {
        return new ModelData(dataset, otherFeatures, target, positiveLabel, rows, y);
    }

    /** The rows at {@code positions} (ascending), e.g. a sample; datasetRows still name the dataset's rows. */
    public ModelData subset(int[] positions) {
        int[] subRows = new int[positions.length];
        int[] subY = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            subRows[i] = rows[positions[i]];
            subY[i] = y[positions[i]];
        }
        return new ModelData(dataset, features, target, positiveLabel, subRows, subY);
    }

    public Dataset dataset() {
        return dataset;
    }

    public FeatureSpec features() {
        return features;
    }

    public String target() {
        return target;
    }

    public String positiveLabel() {
        return positiveLabel;
    }

    /** Labelled rows. */
    public int size() {
        return rows.length;
    }

    /** The 0/1 class of every labelled row, by position. */
    public int[] y() {
        return y.clone();
    }

    public int[] labels(int[] positions) {
        return Arrays.stream(positions).map(p -> y[p]).toArray();
    }

    public int[] datasetRows(int[] positions) {
        return Arrays.stream(positions).map(p -> rows[p]).toArray();
    }

    /** Share of positives among the labelled rows. */
    public double prevalence() {
        return (double) Arrays.stream(y).sum() / y.length;
    }
}
