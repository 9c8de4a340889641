package dev.ladderbench.core.model;

/**
 * One grown classification tree of the forest, as flat arrays indexed by node (the root is node 0).
 * An inner node sends a row left when its input, rounded to float as at training, is at most the
 * node's threshold; a leaf holds the weighted share of positives of the bootstrap rows that reached it.
 */
public final class ForestTree {

    /** Marks a leaf in {@link #feature}. */
    public static final int LEAF = -1;

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] positiveShare;
    /** Gini decrease per input, normalised to sum 1 (all zero for a single-leaf tree). */
    private final double[] importance;

    ForestTree(int[] feature, double[] threshold, int[] left, int[] right, double[] positiveShare,
               double[] importance) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.positiveShare = positiveShare;
        this.importance = importance;
    }

    /**
     * A tree read back from a saved pipeline, scoring exactly as the fitted one did; its importance belongs
     * to the fit and is not kept. The caller has checked that the arrays form a tree.
     */
    public static ForestTree restored(int[] feature, double[] threshold, int[] left, int[] right,
                                      double[] positiveShare) {
        return new ForestTree(feature.clone(), threshold.clone(), left.clone(), right.clone(), positiveShare.clone(),
                new double[0]);
    }

    public double positiveProbability(double[] row) {
        int node = 0;
        while (feature[node] != LEAF) {
            node = (float) row[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return positiveShare[node];
    }

    double[] importance() {
        return importance;
    }

    /** The input each node tests, or {@link #LEAF}; a saved pipeline stores these arrays as they are. */
    public int[] feature() {
        return feature.clone();
    }

    public double[] threshold() {
        return threshold.clone();
    }

    /** The left child of each inner node (always a later node); 0 for a leaf. */
    public int[] left() {
        return left.clone();
    }

    public int[] right() {
        return right.clone();
    }

    public double[] positiveShare() {
        return positiveShare.clone();
    }
}
