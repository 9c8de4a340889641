package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;

import java.util.Arrays;

/** A pipeline fitted on one set of training rows. */
public interface FittedClassifier {

    /** Rows scored between two checks of a token: a few milliseconds of a 100-tree forest. */
    int ROWS_PER_CANCEL_CHECK = 4096;

    /** The probability of the positive class for each labelled row position of the data it was fitted on. */
    double[] positiveProbability(int[] positions);

    /**
     * {@link #positiveProbability(int[])} in blocks of rows with {@code cancel} checked between them: scoring
     * a hundred thousand rows through a forest takes longer than a person waits for Cancel.
     */
    default double[] positiveProbability(int[] positions, CancellationToken cancel) {
        double[] p = new double[positions.length];
        for (int from = 0; from < positions.length; from += ROWS_PER_CANCEL_CHECK) {
            cancel.throwIfCancelled();
            int to = Math.min(positions.length, from + ROWS_PER_CANCEL_CHECK);
            System.arraycopy(positiveProbability(Arrays.copyOfRange(positions, from, to)), 0, p, from, to - from);
        }
        return p;
    }
}
