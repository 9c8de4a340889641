package dev.ladderbench.core.analysis;

import dev.ladderbench.core.model.ClassifierPipeline;
import dev.ladderbench.core.model.CrossValidationResult;
import dev.ladderbench.core.model.ModelData;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The rows an error analysis looks at: for each, its 0/1 truth, the predicted probability of the
 * positive class, and the dataset row it came from (to show the original CSV line). Rows are addressed
 * by their index 0..size-1 in this object. Immutable.
 */
public final class Predictions {

    private final int[] truth;
    private final double[] probability;
    private final int[] datasetRows;

    private Predictions(int[] truth, double[] probability, int[] datasetRows) {
        this.truth = truth;
        this.probability = probability;
        this.datasetRows = datasetRows;
    }

    /**
     * @param truth       0 or 1 per row, both classes present
     * @param probability the positive-class probability per row, in [0, 1]
     * @param datasetRows the dataset row of each analysed row
     */
    public static Predictions of(int[] truth, double[] probability, int[] datasetRows) {
        if (truth.length != probability.length || truth.length != datasetRows.length) {
            throw new IllegalArgumentException("Expected as many probabilities and dataset rows as labels (" + truth.length
                    + "), got " + probability.length + " and " + datasetRows.length);
        }
        int positives = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] != 0 && truth[i] != 1) {
                throw new IllegalArgumentException("Labels must be 0 or 1, got " + truth[i] + " at row " + i);
            }
            if (!(probability[i] >= 0 && probability[i] <= 1)) {
                throw new IllegalArgumentException("Probability " + probability[i] + " at row " + i + " is not in [0, 1]");
            }
            positives += truth[i];
        }
        if (positives == 0 || positives == truth.length) {
            throw new IllegalArgumentException("Error analysis needs both classes among the rows scored.");
        }
        double[] scores = probability.clone();
        for (int i = 0; i < scores.length; i++) {
            scores[i] += 0.0; // -0.0 becomes 0.0: sorting tells them apart, comparisons do not
        }
        return new Predictions(truth.clone(), scores, datasetRows.clone());
    }

    /** Every labelled row, scored by the model of the fold that validated it: no row by a model that saw it. */
    public static Predictions outOfFold(ModelData data, CrossValidationResult crossValidation) {
        int[] all = IntStream.range(0, data.size()).toArray();
        return of(data.y(), crossValidation.outOfFoldProbability(), data.datasetRows(all));
    }

    /** The test rows of {@code split}, scored by {@code pipeline} fitted on its training rows. */
    public static Predictions holdout(ModelData data, ClassifierPipeline pipeline, HoldoutSplit split) {
        int[] test = split.test();
        double[] probability = pipeline.fit(data, split.training()).positiveProbability(test);
        return of(data.labels(test), probability, data.datasetRows(test));
    }

    public int size() {
        return truth.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Predictions other && Arrays.equals(truth, other.truth)
                && Arrays.equals(probability, other.probability) && Arrays.equals(datasetRows, other.datasetRows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(truth) + Arrays.hashCode(probability)) + Arrays.hashCode(datasetRows);
    }

    public int truth(int row) {
        return truth[row];
    }

    public double probability(int row) {
        return probability[row];
    }

    public int datasetRow(int row) {
        return datasetRows[row];
    }

    public int positives() {
        int positives = 0;
        for (int t : truth) {
            positives += t;
        }
        return positives;
    }

    public int negatives() {
        return size() - positives();
    }
}
