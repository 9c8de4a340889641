package dev.ladderbench.core.analysis;

/** The cell of the confusion matrix a row falls in. */
public enum Outcome {
    TRUE_POSITIVE, FALSE_POSITIVE, TRUE_NEGATIVE, FALSE_NEGATIVE;

    public static Outcome of(int truth, boolean predictedPositive) {
        if (truth == 1) {
            return predictedPositive ? TRUE_POSITIVE : FALSE_NEGATIVE;
        }
        return predictedPositive ? FALSE_POSITIVE : TRUE_NEGATIVE;
    }

    public boolean isError() {
        return this == FALSE_POSITIVE || this == FALSE_NEGATIVE;
    }
}
