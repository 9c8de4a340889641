package dev.ladderbench.core.eval;

import java.util.Arrays;

/**
 * One metric over the folds of a cross-validation.
 *
 * @param folds the score of each fold, in fold order
 * @param mean  their mean
 * @param std   their population standard deviation (ddof = 0, as numpy's {@code std} and the reference)
 */
public record FoldScores(double[] folds, double mean, double std) {

    public FoldScores {
        folds = folds.clone();
    }

    public static FoldScores of(double[] folds) {
        if (folds.length == 0) {
            throw new IllegalArgumentException("No fold scores");
        }
        double mean = Arrays.stream(folds).sum() / folds.length;
        double squares = 0;
        for (double score : folds) {
            squares += (score - mean) * (score - mean);
        }
        return new FoldScores(folds, mean, Math.sqrt(squares / folds.length));
    }

    @Override
    public double[] folds() {
        return folds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldScores other && Arrays.equals(folds, other.folds)
                && Double.compare(mean, other.mean) == 0 && Double.compare(std, other.std) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(folds) + Double.hashCode(mean);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "FoldScores[mean=%.4f, std=%.4f, folds=%s]", mean, std,
                Arrays.toString(folds));
    }
}
