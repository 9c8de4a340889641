package dev.ladderbench.core.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Checks shared by the ranking metrics, and the descending order of scores they walk. */
final class ScoredLabels {

    private ScoredLabels() {
    }

    /** Row indices by score, highest first. */
    static int[] byScoreDescending(int[] y, double[] score) {
        if (y.length != score.length) {
            throw new IllegalArgumentException(y.length + " labels but " + score.length + " scores");
        }
        int positives = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("Labels must be 0 or 1, got " + y[i]);
            }
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("Score " + i + " is NaN");
            }
            positives += y[i];
        }
        if (positives == 0 || positives == y.length) {
            throw new IllegalArgumentException("Ranking metrics need both classes; got only " + (positives == 0 ? 0 : 1));
        }
        return IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed())
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static int positives(int[] y) {
        return Arrays.stream(y).sum();
    }
}
