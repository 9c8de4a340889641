package dev.ladderbench.core.analysis;

/**
 * The four counts of a confusion matrix at one threshold, and the rates derived from them. A ratio
 * whose denominator is zero is 0 (scikit-learn's {@code zero_division=0}), so that e.g. the precision of
 * predicting nothing positive does not poison a maximum with NaN.
 *
 * @param threshold the threshold the counts were taken at ({@code +Infinity}: nothing predicted positive)
 */
public record ConfusionCounts(double threshold, int truePositives, int falsePositives, int trueNegatives,
                              int falseNegatives) {

    public int positives() {
        return truePositives + falseNegatives;
    }

    public int negatives() {
        return falsePositives + trueNegatives;
    }

    public int total() {
        return positives() + negatives();
    }

    /** Missed positives over all positives (1 - recall). */
    public double falseNegativeRate() {
        return ratio(falseNegatives, positives());
    }

    /** False alarms over all negatives. */
    public double falsePositiveRate() {
        return ratio(falsePositives, negatives());
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** True positive rate. */
    public double recall() {
        return ratio(truePositives, positives());
    }

    /** 2TP / (2TP + FP + FN): the harmonic mean of precision and recall, without dividing by either. */
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /** Youden's J: recall minus false positive rate, the height of the ROC point above the diagonal. */
    public double youdenJ() {
        return recall() - falsePositiveRate();
    }

    /** Total cost in units of one false positive, a false negative costing {@code costRatio} of them. */
    public double cost(double costRatio) {
        return costRatio * falseNegatives + falsePositives;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
