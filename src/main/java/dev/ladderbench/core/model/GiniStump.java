package dev.ladderbench.core.model;

import java.util.Arrays;

/**
 * A depth-1 classification tree with the Gini criterion, exactly as scikit-learn's
 * {@code DecisionTreeClassifier(max_depth=1)} grows it: inputs rounded to float, a cut between every
 * two consecutive distinct values at their midpoint, at least one row per leaf, and each leaf
 * predicting its share of positives. Smile's tree cannot stand in for it: it merges sister leaves that
 * predict the same class and skips some cuts, which turns many stumps into constants.
 */
public final class GiniStump {

    /** scikit-learn's FEATURE_THRESHOLD: float values closer than this count as one value. */
    private static final float SAME_VALUE = 1e-7f;

    private final int feature;
    private final double threshold;
    private final double leftProbability;
    private final double rightProbability;

    private GiniStump(int feature, double threshold, double leftProbability, double rightProbability) {
        this.feature = feature;
        this.threshold = threshold;
        this.leftProbability = leftProbability;
        this.rightProbability = rightProbability;
    }

    /**
     * Picks the cut with the largest Gini decrease over all columns of {@code x}; on a tie the first
     * column, then the lowest cut, wins. With no possible cut it is a single leaf.
     */
    public static GiniStump fit(double[][] x, int[] y) {
        int n = y.length;
        if (n == 0 || x.length != n) {
            throw new IllegalArgumentException("A stump needs rows with one label each: " + x.length + " rows, "
                    + n + " labels");
        }
        int positives = Arrays.stream(y).sum();
        int width = x[0].length;
        double bestProxy = Double.NEGATIVE_INFINITY;
        int bestFeature = -1;
        double bestThreshold = 0;
        int bestLeftN = 0;
        int bestLeftPositives = 0;
        for (int j = 0; j < width; j++) {
            int column = j;
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = (float) x[i][column];
            }
            int[] order = ascending(values);
            int leftPositives = 0;
            for (int p = 0; p < n - 1; p++) {
                leftPositives += y[order[p]];
                float here = values[order[p]];
                float next = values[order[p + 1]];
                if (next <= here + SAME_VALUE) {
                    continue;
                }
                double proxy = proxyImprovement(p + 1, leftPositives, n - p - 1, positives - leftPositives);
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestFeature = j;
                    bestThreshold = midpoint(here, next);
                    bestLeftN = p + 1;
                    bestLeftPositives = leftPositives;
                }
            }
        }
        double prevalence = (double) positives / n;
        if (bestFeature < 0) {
            return new GiniStump(-1, 0, prevalence, prevalence);
        }
        return new GiniStump(bestFeature, bestThreshold, (double) bestLeftPositives / bestLeftN,
                (double) (positives - bestLeftPositives) / (n - bestLeftN));
    }

    /**
     * Row indices by ascending value, by a least-significant-digit radix sort of the values' bits, one
     * byte per pass: linear in the rows, it took a quarter of the probe's time less than a comparison
     * sort of (value, index) keys. The order among tied values does not matter, since no cut falls
     * between them.
     */
    private static int[] ascending(float[] values) {
        int n = values.length;
        int[] keys = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(values[i]);
            // Flipping the magnitude bits of negatives makes the int order the float order (-0 before
            // +0); flipping the sign bit then makes the unsigned order, which the passes sort by, the same.
            keys[i] = (bits ^ ((bits >> 31) & 0x7fffffff)) ^ Integer.MIN_VALUE;
            order[i] = i;
        }
        int[] nextKeys = new int[n];
        int[] nextOrder = new int[n];
        int[] start = new int[257];
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            Arrays.fill(start, 0);
            for (int key : keys) {
                start[((key >>> shift) & 0xff) + 1]++;
            }
            if (start[((keys[0] >>> shift) & 0xff) + 1] == n) {
                continue; // every key has the same byte here: the pass would not move anything
            }
            for (int b = 0; b < 256; b++) {
                start[b + 1] += start[b];
            }
            for (int i = 0; i < n; i++) {
                int slot = start[(keys[i] >>> shift) & 0xff]++;
                nextKeys[slot] = keys[i];
                nextOrder[slot] = order[i];
            }
            int[] swap = keys;
            keys = nextKeys;
            nextKeys = swap;
            swap = order;
            order = nextOrder;
            nextOrder = swap;
        }
        return order;
    }

    /** scikit-learn's threshold, computed in double from the two float values. */
    private static double midpoint(float below, float above) {
        double threshold = below / 2.0 + above / 2.0;
        return threshold == above || Double.isInfinite(threshold) ? below : threshold;
    }

    /** scikit-learn's proxy for the impurity decrease: -n_right * gini_right - n_left * gini_left. */
    private static double proxyImprovement(int leftN, int leftPositives, int rightN, int rightPositives) {
        return -rightN * gini(rightN, rightPositives) - leftN * gini(leftN, leftPositives);
    }

    private static double gini(double n, double positives) {
        double negatives = n - positives;
        return 1.0 - (positives * positives + negatives * negatives) / (n * n);
    }

    /** The positive-class probability of the leaf the row falls in. */
    public double positiveProbability(double[] row) {
        if (feature < 0) {
            return leftProbability;
        }
        return (float) row[feature] <= threshold ? leftProbability : rightProbability;
    }

    /** The column the stump cuts, or -1 when it is a single leaf. */
    public int feature() {
        return feature;
    }

    public double threshold() {
        return threshold;
    }
}
