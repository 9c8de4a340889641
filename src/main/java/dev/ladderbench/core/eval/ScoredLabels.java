package dev.ladderbench.core.eval;

import java.util.Arrays;

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
        return descending(score);
    }

    /**
     * Sorts by each score's rank among the sorted scores, in primitives: a boxed comparator sort took
     * most of a metric's time on 100,000 rows. Callers group tied scores, so their order does not matter.
     */
    private static int[] descending(double[] score) {
        double[] sorted = score.clone();
        Arrays.sort(sorted);
        int[] rank = new int[score.length];
        int[] count = new int[score.length + 1];
        for (int i = 0; i < score.length; i++) {
            // Ranked from the top: the highest score gets rank 0.
            rank[i] = score.length - 1 - Arrays.binarySearch(sorted, score[i]);
            count[rank[i] + 1]++;
        }
        for (int r = 0; r < score.length; r++) {
            count[r + 1] += count[r];
        }
        int[] order = new int[score.length];
        for (int i = 0; i < score.length; i++) {
            order[count[rank[i]]++] = i;
        }
        return order;
    }

    static int positives(int[] y) {
        return Arrays.stream(y).sum();
    }
}
