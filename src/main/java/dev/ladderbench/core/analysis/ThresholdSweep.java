package dev.ladderbench.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Every threshold at once, with no model refitted: the scores of the positives and of the negatives are
 * sorted once (O(n log n)), after which the counts at any threshold are two binary searches (O(log n)),
 * fast enough for a slider on any number of rows. Thresholds are meant to be chosen on validation
 * (out-of-fold) predictions, never on a test split. Immutable.
 *
 * <p>The candidate thresholds are the distinct scores: between two neighbouring scores nothing changes.
 */
public final class ThresholdSweep {

    private final double[] positiveScores;
    private final double[] negativeScores;
    /** Distinct scores, highest first, and the counts predicted positive at each (rule {@code >=}). */
    private final double[] thresholds;
    private final int[] truePositives;
    private final int[] falsePositives;

    private ThresholdSweep(double[] positiveScores, double[] negativeScores) {
        this.positiveScores = positiveScores;
        this.negativeScores = negativeScores;
        int n = positiveScores.length + negativeScores.length;
        double[] distinct = new double[n];
        int[] tp = new int[n];
        int[] fp = new int[n];
        int count = 0;
        // Walk both sorted arrays from the top, as a merge, closing a step at each new score.
        int p = positiveScores.length - 1;
        int q = negativeScores.length - 1;
        while (p >= 0 || q >= 0) {
            double score = Math.max(p >= 0 ? positiveScores[p] : Double.NEGATIVE_INFINITY,
                    q >= 0 ? negativeScores[q] : Double.NEGATIVE_INFINITY);
            while (p >= 0 && positiveScores[p] == score) {
                p--;
            }
            while (q >= 0 && negativeScores[q] == score) {
                q--;
            }
            distinct[count] = score;
            tp[count] = positiveScores.length - 1 - p;
            fp[count] = negativeScores.length - 1 - q;
            count++;
        }
        this.thresholds = Arrays.copyOf(distinct, count);
        this.truePositives = Arrays.copyOf(tp, count);
        this.falsePositives = Arrays.copyOf(fp, count);
    }

    public static ThresholdSweep of(Predictions predictions) {
        double[] positives = new double[predictions.positives()];
        double[] negatives = new double[predictions.negatives()];
        int p = 0;
        int q = 0;
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.truth(i) == 1) {
                positives[p++] = predictions.probability(i);
            } else {
                negatives[q++] = predictions.probability(i);
            }
        }
        Arrays.sort(positives);
        Arrays.sort(negatives);
        return new ThresholdSweep(positives, negatives);
    }

    /** The counts at {@code threshold} with the product's rule ({@code p >= threshold}); O(log n). */
    public ConfusionCounts at(double threshold) {
        return at(threshold, DecisionRule.AT_OR_ABOVE);
    }

    public ConfusionCounts at(double threshold, DecisionRule rule) {
        int tp = countPredictedPositive(positiveScores, threshold, rule);
        int fp = countPredictedPositive(negativeScores, threshold, rule);
        return new ConfusionCounts(threshold, tp, fp, negativeScores.length - fp, positiveScores.length - tp);
    }

    /** How many of the ascending {@code scores} the rule calls positive: those from the first that passes. */
    private static int countPredictedPositive(double[] scores, double threshold, DecisionRule rule) {
        int low = 0;
        int high = scores.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (rule.positive(scores[mid], threshold)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return scores.length - low;
    }

    /** The distinct scores, highest first: the thresholds at which the counts change. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /**
     * The ROC curve as scikit-learn's {@code roc_curve} (default {@code drop_intermediate=True}): a first
     * point (0, 0) at threshold {@code +Infinity} (scikit-learn 1.3 and later; 1.2 writes max + 1), then
     * one point per distinct score, highest first, leaving out points collinear with both neighbours
     * (they never form a corner of the plotted curve).
     */
    public List<RocPoint> rocCurve() {
        double positives = positiveScores.length;
        double negatives = negativeScores.length;
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        int last = thresholds.length - 1;
        for (int i = 0; i <= last; i++) {
            boolean corner = thresholds.length <= 2 || i == 0 || i == last
                    || secondDifference(falsePositives, i) != 0 || secondDifference(truePositives, i) != 0;
            if (corner) {
                points.add(new RocPoint(thresholds[i], falsePositives[i] / negatives, truePositives[i] / positives));
            }
        }
        return List.copyOf(points);
    }

    private static int secondDifference(int[] values, int i) {
        return values[i - 1] - 2 * values[i] + values[i + 1];
    }

    /**
     * The precision-recall curve as scikit-learn's {@code precision_recall_curve} (1.2): one point per
     * distinct score, lowest threshold first (recall falling), then the point (recall 0, precision 1),
     * which scikit-learn gives no threshold and this gives {@code +Infinity}.
     */
    public List<PrPoint> precisionRecallCurve() {
        double positives = positiveScores.length;
        List<PrPoint> points = new ArrayList<>(thresholds.length + 1);
        for (int i = thresholds.length - 1; i >= 0; i--) {
            points.add(new PrPoint(thresholds[i], truePositives[i] / positives,
                    (double) truePositives[i] / (truePositives[i] + falsePositives[i])));
        }
        points.add(new PrPoint(Double.POSITIVE_INFINITY, 0, 1));
        return List.copyOf(points);
    }

    /** The threshold with the highest F1; on a tie the highest such threshold (fewest rows flagged). */
    public ConfusionCounts maxF1() {
        return best(ConfusionCounts::f1);
    }

    /** The threshold with the highest Youden's J (recall - false positive rate); ties to the highest. */
    public ConfusionCounts maxYoudenJ() {
        return best(ConfusionCounts::youdenJ);
    }

    /**
     * The threshold with the lowest total cost when a false negative costs {@code costRatio} false
     * positives; ties go to the highest threshold. Calling nothing positive ({@code +Infinity}) is a
     * candidate: with a small ratio it can be the cheapest.
     */
    public ConfusionCounts minCost(double costRatio) {
        if (!(costRatio > 0) || Double.isInfinite(costRatio)) {
            throw new IllegalArgumentException("The cost ratio must be a positive number, got " + costRatio);
        }
        ConfusionCounts best = at(Double.POSITIVE_INFINITY);
        for (int i = 0; i < thresholds.length; i++) {
            ConfusionCounts candidate = countsAt(i);
            if (candidate.cost(costRatio) < best.cost(costRatio)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The highest threshold whose recall reaches {@code targetRecall}: lowering the threshold from the
     * top, the first point that catches that share of the positives, so precision is the best any
     * threshold with that recall offers.
     */
    public ConfusionCounts forRecall(double targetRecall) {
        if (!(targetRecall > 0 && targetRecall <= 1)) {
            throw new IllegalArgumentException("The target recall must be in (0, 1], got " + targetRecall);
        }
        for (int i = 0; i < thresholds.length; i++) {
            ConfusionCounts candidate = countsAt(i);
            if (candidate.recall() >= targetRecall) {
                return candidate;
            }
        }
        throw new IllegalStateException("The lowest score has recall 1, which reaches every target");
    }

    private ConfusionCounts best(ToDoubleFunction<ConfusionCounts> score) {
        ConfusionCounts best = countsAt(0);
        for (int i = 1; i < thresholds.length; i++) {
            ConfusionCounts candidate = countsAt(i);
            if (score.applyAsDouble(candidate) > score.applyAsDouble(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private ConfusionCounts countsAt(int i) {
        return new ConfusionCounts(thresholds[i], truePositives[i], falsePositives[i],
                negativeScores.length - falsePositives[i], positiveScores.length - truePositives[i]);
    }
}
