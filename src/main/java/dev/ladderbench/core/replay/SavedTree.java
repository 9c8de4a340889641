package dev.ladderbench.core.replay;

import dev.ladderbench.core.model.ForestTree;

/**
 * One tree of a saved forest as flat arrays by node, root first: an inner node sends a row left when its
 * input, rounded to float as in training, is at most the threshold. Every child comes after its parent,
 * which the constructor checks, so that no file can make scoring loop or index outside the arrays.
 */
public final class SavedTree {

    private final ForestTree tree;

    /**
     * @param inputs how many inputs the forest reads
     * @throws IllegalArgumentException when the arrays do not form a tree over those inputs
     */
    public SavedTree(int[] feature, double[] threshold, int[] left, int[] right, double[] positiveShare, int inputs) {
        int n = feature.length;
        if (n == 0 || threshold.length != n || left.length != n || right.length != n || positiveShare.length != n) {
            throw new IllegalArgumentException("a tree's node arrays must be non-empty and of equal length");
        }
        for (int node = 0; node < n; node++) {
            if (!(positiveShare[node] >= 0 && positiveShare[node] <= 1)) {
                throw new IllegalArgumentException("node " + node + " has a leaf value outside 0 to 1");
            }
            if (feature[node] == ForestTree.LEAF) {
                continue;
            }
            if (feature[node] < 0 || feature[node] >= inputs) {
                throw new IllegalArgumentException("node " + node + " tests input " + feature[node] + " of " + inputs);
            }
            if (!Double.isFinite(threshold[node])) {
                throw new IllegalArgumentException("node " + node + " has a threshold that is not a finite number");
            }
            if (left[node] <= node || left[node] >= n || right[node] <= node || right[node] >= n) {
                throw new IllegalArgumentException("node " + node + " has a child outside the later nodes");
            }
        }
        this.tree = ForestTree.restored(feature, threshold, left, right, positiveShare);
    }

    static SavedTree of(ForestTree tree, int inputs) {
        return new SavedTree(tree.feature(), tree.threshold(), tree.left(), tree.right(), tree.positiveShare(), inputs);
    }

    // The fitted forest's own scoring, so a reloaded pipeline scores bit for bit as the fitted one.
    double score(double[] x) {
        return tree.positiveProbability(x);
    }

    public int nodes() {
        return tree.feature().length;
    }

    public int[] feature() {
        return tree.feature();
    }

    public double[] threshold() {
        return tree.threshold();
    }

    public int[] left() {
        return tree.left();
    }

    public int[] right() {
        return tree.right();
    }

    public double[] positiveShare() {
        return tree.positiveShare();
    }
}
