package dev.ladderbench.core.eval;

/**
 * Average precision, as scikit-learn's {@code average_precision_score}: the sum over distinct score
 * thresholds, highest first, of (R_n - R_(n-1)) * P_n. Tied scores form one threshold. This is the
 * step-wise area under the precision-recall curve (no interpolation), the figure to report as PR-AUC.
 */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * @param y     0/1 truth, both classes present
     * @param score higher means more likely positive
     */
    public static double of(int[] y, double[] score) {
        int[] order = ScoredLabels.byScoreDescending(y, score);
        double positives = ScoredLabels.positives(y);
        long truePositives = 0;
        double previousRecall = 0;
        double sum = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end < order.length && score[order[end]] == score[order[start]]) {
                truePositives += y[order[end]];
                end++;
            }
            double recall = truePositives / positives;
            double precision = (double) truePositives / end;
            sum += (recall - previousRecall) * precision;
            previousRecall = recall;
            start = end;
        }
        return sum;
    }
}
