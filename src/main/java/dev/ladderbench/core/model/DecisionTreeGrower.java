package dev.ladderbench.core.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Grows the forest's trees on one training fold, following scikit-learn's documented algorithm for
 * {@code RandomForestClassifier(max_depth, max_features='sqrt', bootstrap=True, criterion='gini')}:
 * each tree sees a bootstrap sample of n rows drawn with replacement, kept as a draw count per row (a
 * sample weight); each node tries a random subset of the inputs, drawn without replacement, and takes
 * the cut with the largest weighted Gini decrease at a midpoint between two consecutive distinct values.
 *
 * <p>Every input is sorted once per fold; a tree then keeps, per input, its in-bag rows in that order
 * and splits these lists stably at each node, so no node ever sorts again.
 */
final class DecisionTreeGrower {

    /** scikit-learn's FEATURE_THRESHOLD: float values closer than this count as one value. */
    private static final double SAME_VALUE = 1e-7;

    /** Inputs by column, rounded to float as scikit-learn rounds its input. */
    private final float[][] columns;
    private final int[] y;
    /** Per input, the training rows sorted by that input's value. */
    private final int[][] sorted;
    private final int maxDepth;
    private final int candidates;

    /**
     * @param x          training rows, one array of inputs each
     * @param y          0/1 labels of the rows
     * @param maxDepth   edges from the root to the deepest leaf (scikit-learn's max_depth)
     * @param candidates inputs tried per node (at least 1)
     */
    DecisionTreeGrower(double[][] x, int[] y, int maxDepth, int candidates) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        this.y = y;
        this.maxDepth = maxDepth;
        this.candidates = Math.max(1, candidates);
        columns = new float[p][n];
        sorted = new int[p][];
        long[] keys = new long[n];
        for (int j = 0; j < p; j++) {
            float[] column = columns[j];
            for (int i = 0; i < n; i++) {
                column[i] = (float) x[i][j] + 0.0f; // + 0.0f turns -0.0 into 0.0, which sorts with it
                keys[i] = ((long) orderedBits(column[i]) << 32) | i;
            }
            // A primitive sort of (value, row) keys: much faster than sorting boxed row indices.
            Arrays.sort(keys);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) keys[i];
            }
            sorted[j] = order;
        }
    }

    /** The float's bits as an int whose signed order is the float's order. */
    private static int orderedBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits >= 0 ? bits : bits ^ Integer.MAX_VALUE;
    }

    /** Grows one tree; its bootstrap sample and input draws all come from {@code random}. */
    ForestTree grow(SplittableRandom random) {
        return new Growth(random).grow();
    }

    /** The working state of one tree while it grows. */
    private final class Growth {

        private final SplittableRandom random;
        /** Bootstrap draw count per row: its weight in every sum. */
        private final int[] weight;
        /** Per input, the in-bag rows in value order, each node owning a range of every list. */
        private final int[][] rows;
        private final int inBag;
        private final boolean[] goesLeft;
        private final int[] spill;
        /** Inputs in the order drawn so far; a partial shuffle draws without replacement. */
        private final int[] inputs;
        private final double[] importance;

        private final int[] feature;
        private final double[] threshold;
        private final int[] left;
        private final int[] right;
        private final double[] positiveShare;
        private int nodes;

        Growth(SplittableRandom random) {
            this.random = random;
            int n = y.length;
            int p = columns.length;
            weight = new int[n];
            for (int i = 0; i < n; i++) {
                weight[random.nextInt(n)]++;
            }
            int distinct = 0;
            for (int w : weight) {
                distinct += w > 0 ? 1 : 0;
            }
            inBag = distinct;
            rows = new int[p][inBag];
            for (int j = 0; j < p; j++) {
                int k = 0;
                for (int row : sorted[j]) {
                    if (weight[row] > 0) {
                        rows[j][k++] = row;
                    }
                }
            }
            goesLeft = new boolean[n];
            spill = new int[inBag];
            inputs = new int[p];
            for (int j = 0; j < p; j++) {
                inputs[j] = j;
            }
            importance = new double[p];
            int capacity = (1 << (maxDepth + 1)) - 1; // a full binary tree of that depth
            feature = new int[capacity];
            threshold = new double[capacity];
            left = new int[capacity];
            right = new int[capacity];
            positiveShare = new double[capacity];
        }

        ForestTree grow() {
            long total = 0;
            long positives = 0;
            for (int row = 0; row < weight.length; row++) {
                total += weight[row];
                positives += (long) weight[row] * y[row];
            }
            node(0, inBag, 0, total, positives);
            double sum = Arrays.stream(importance).sum();
            if (sum > 0) {
                for (int j = 0; j < importance.length; j++) {
                    importance[j] /= sum;
                }
            }
            return new ForestTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes),
                    Arrays.copyOf(left, nodes), Arrays.copyOf(right, nodes), Arrays.copyOf(positiveShare, nodes),
                    importance);
        }

        /**
         * Grows the node owning positions [from, to) of every row list, depth first; returns its index.
         * {@code total} and {@code positives} are the node's weighted row and positive counts.
         */
        private int node(int from, int to, int depth, long total, long positives) {
            int id = nodes++;
            feature[id] = ForestTree.LEAF;
            positiveShare[id] = (double) positives / total;
            // Leaf at the depth limit, below min_samples_split = 2 distinct rows, or when pure.
            if (depth >= maxDepth || to - from < 2 || positives == 0 || positives == total) {
                return id;
            }
            Split split = bestSplit(from, to, total, positives);
            if (split == null) {
                return id; // every input is constant here
            }
            feature[id] = split.input;
            threshold[id] = split.threshold;
            importance[split.input] += total * gini(total, positives)
                    - split.leftTotal * gini(split.leftTotal, split.leftPositives)
                    - (total - split.leftTotal) * gini(total - split.leftTotal, positives - split.leftPositives);
            int middle = split.position + 1;
            // Children at the depth limit are leaves: their counts are known, their lists need no split.
            if (depth + 1 < maxDepth) {
                partition(from, to, middle, split);
            }
            left[id] = node(from, middle, depth + 1, split.leftTotal, split.leftPositives);
            right[id] = node(middle, to, depth + 1, total - split.leftTotal, positives - split.leftPositives);
            return id;
        }

        /**
         * Tries {@code candidates} inputs drawn without replacement; as scikit-learn does, keeps drawing
         * past that number while none of the inputs tried so far could be cut (constant in this node).
         */
        private Split bestSplit(int from, int to, long total, long positives) {
            // The best cut so far, in primitives: this loop is the forest's hot spot.
            double bestScore = Double.NEGATIVE_INFINITY;
            int bestInput = -1;
            int bestPosition = 0;
            double bestThreshold = 0;
            long bestLeftTotal = 0;
            long bestLeftPositives = 0;
            for (int k = 0; k < inputs.length && (k < candidates || bestInput < 0); k++) {
                int pick = k + random.nextInt(inputs.length - k);
                int input = inputs[pick];
                inputs[pick] = inputs[k];
                inputs[k] = input;

                int[] order = rows[input];
                float[] column = columns[input];
                long leftTotal = 0;
                long leftPositives = 0;
                for (int i = from; i < to - 1; i++) {
                    int row = order[i];
                    leftTotal += weight[row];
                    leftPositives += (long) weight[row] * y[row];
                    float value = column[row];
                    float next = column[order[i + 1]];
                    if (next <= value + SAME_VALUE) {
                        continue; // no cut between equal values
                    }
                    long rightTotal = total - leftTotal;
                    long rightPositives = positives - leftPositives;
                    // Maximising this is minimising the children's weighted Gini impurity: sum over
                    // children of (positives^2 + negatives^2) / weight.
                    double score = squares(leftTotal, leftPositives) / leftTotal
                            + squares(rightTotal, rightPositives) / rightTotal;
                    if (score > bestScore) {
                        bestScore = score;
                        double midpoint = value / 2.0 + next / 2.0;
                        // Rounding can land the midpoint on the upper value, which would then go left.
                        if (midpoint == next || Double.isInfinite(midpoint)) {
                            midpoint = value;
                        }
                        bestInput = input;
                        bestPosition = i;
                        bestThreshold = midpoint;
                        bestLeftTotal = leftTotal;
                        bestLeftPositives = leftPositives;
                    }
                }
            }
            return bestInput < 0 ? null
                    : new Split(bestInput, bestPosition, bestThreshold, bestLeftTotal, bestLeftPositives);
        }

        /** Stably splits every input's range [from, to) into the rows that go left, then the rest. */
        private void partition(int from, int to, int middle, Split split) {
            int[] cut = rows[split.input];
            for (int i = from; i < to; i++) {
                goesLeft[cut[i]] = i < middle;
            }
            for (int[] order : rows) {
                if (order == cut) {
                    continue; // already in place: the split input's own order
                }
                int l = from;
                int r = 0;
                for (int i = from; i < to; i++) {
                    int row = order[i];
                    if (goesLeft[row]) {
                        order[l++] = row;
                    } else {
                        spill[r++] = row;
                    }
                }
                System.arraycopy(spill, 0, order, l, r);
            }
        }
    }

    private static double squares(long total, long positives) {
        double p = positives;
        double q = total - positives;
        return p * p + q * q;
    }

    private static double gini(long total, long positives) {
        double share = (double) positives / total;
        return 2 * share * (1 - share);
    }

    /** A cut after sorted position {@code position} of {@code input}'s list. */
    private record Split(int input, int position, double threshold, long leftTotal, long leftPositives) {
    }
}
