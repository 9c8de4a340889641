package dev.ladderbench.core.analysis;

/**
 * How confident the model was on the rows of one confusion cell.
 *
 * @param meanProbability the mean predicted positive-class probability of the cell (NaN when empty)
 * @param nearThreshold   rows scored within the margin of the threshold: for an error cell, the
 *                        low-confidence errors
 */
public record OutcomeConfidence(Outcome outcome, int count, double meanProbability, Histogram histogram,
                                int nearThreshold) {

    /** Rows scored beyond the margin: for an error cell, the confident (systematic) mistakes. */
    public int farFromThreshold() {
        return count - nearThreshold;
    }
}
