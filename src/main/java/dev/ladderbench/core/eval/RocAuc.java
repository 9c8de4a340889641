package dev.ladderbench.core.eval;

/**
 * Area under the ROC curve, exactly as scikit-learn's {@code roc_auc_score}: tied scores form one step
 * of the curve, which is the Mann-Whitney statistic with tied scores counted as half a win.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * @param y     0/1 truth, both classes present
     * @param score higher means more likely positive
     */
    public static double of(int[] y, double[] score) {
        int[] order = ScoredLabels.byScoreDescending(y, score);
        long positives = ScoredLabels.positives(y);
        long negatives = y.length - positives;
        // For each group of tied scores: its positives beat every negative ranked below, and split
        // evenly with the negatives inside the group. Counted in halves to stay in exact integers.
        long halfWins = 0;
        long negativesBelow = negatives;
        for (int start = 0; start < order.length; ) {
            int end = start;
            long groupPositives = 0;
            while (end < order.length && score[order[end]] == score[order[start]]) {
                groupPositives += y[order[end]];
                end++;
            }
            long groupNegatives = (end - start) - groupPositives;
            negativesBelow -= groupNegatives;
            halfWins += groupPositives * (2 * negativesBelow + groupNegatives);
            start = end;
        }
        return halfWins / (2.0 * positives * negatives);
    }
}
