package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;

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
 * and splits these lists stably at each node, so no node ever sorts again. Each list entry carries the
 * row's value, bootstrap weight and label beside it, so the best-cut scan reads one list straight
 * through instead of jumping to the rows' values, weights and labels all over memory. A list is split
 * only when a node draws its input, catching up on its ancestors' cuts then: near the leaves most
 * inputs are never drawn, so most of their splitting is never done.
 */
final class DecisionTreeGrower {

    /** scikit-learn's FEATURE_THRESHOLD: float values closer than this count as one value. */
    private static final double SAME_VALUE = 1e-7;

    private final int[] y;
    /** Per input, the training rows sorted by that input's value. */
    private final int[][] sorted;
    /** Per input, the values in that order, rounded to float as scikit-learn rounds its input. */
    private final float[][] sortedValues;
    private final int maxDepth;
    private final int candidates;

    /**
     * @param x          training rows, one array of inputs each
     * @param y          0/1 labels of the rows
     * @param maxDepth   edges from the root to the deepest leaf (scikit-learn's max_depth), at most 8: a
     *                   row's sides along its path are kept in one byte
     * @param candidates inputs tried per node (at least 1)
     */
    /** @param cancel checked before each input is sorted, the grower's costly set-up */
    DecisionTreeGrower(double[][] x, int[] y, int maxDepth, int candidates, CancellationToken cancel) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        if (maxDepth > Byte.SIZE) {
            throw new IllegalArgumentException("A tree can be at most " + Byte.SIZE + " deep, not " + maxDepth);
        }
        this.y = y;
        this.maxDepth = maxDepth;
        this.candidates = Math.max(1, candidates);
        sorted = new int[p][];
        sortedValues = new float[p][];
        long[] keys = new long[n];
        for (int j = 0; j < p; j++) {
            cancel.throwIfCancelled();
            for (int i = 0; i < n; i++) {
                float value = (float) x[i][j] + 0.0f; // + 0.0f turns -0.0 into 0.0, which sorts with it
                keys[i] = ((long) orderedBits(value) << 32) | i;
            }
            // A primitive sort of (value, row) keys: much faster than sorting boxed row indices.
            Arrays.sort(keys);
            int[] order = new int[n];
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) keys[i];
                values[i] = (float) x[order[i]][j] + 0.0f;
            }
            sorted[j] = order;
            sortedValues[j] = values;
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

    /**
     * A list entry holds the value's float bits in the high half and, in the low half, the row's
     * bootstrap weight times two plus its label (a bootstrap weight is a draw count, far below 2^30).
     */
    private static float valueOf(long entry) {
        return Float.intBitsToFloat((int) (entry >>> 32));
    }

    /** The working state of one tree while it grows. */
    private final class Growth {

        private final SplittableRandom random;
        /** Bootstrap draw count per row: its weight in every sum. */
        private final int[] weight;
        /** Per input, the in-bag entries in value order, each node owning a range of every list. */
        private final long[][] entries;
        /** Per input, the rows of {@link #entries}, position by position. */
        private final int[][] rows;
        private final int inBag;
        /** Per row, bit d is set when the row goes left at its depth-d ancestor on the current path. */
        private final byte[] goesLeft;
        /** Per input and depth, the node whose cut that input's list has taken at that depth, or -1. */
        private final int[][] cutTaken;
        /** The current path's nodes by depth: id and [from, middle, to) of each ancestor's cut. */
        private final int[] pathNode;
        private final int[] pathFrom;
        private final int[] pathMiddle;
        private final int[] pathTo;
        private final long[] spillEntries;
        private final int[] spillRows;
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
            int p = sorted.length;
            weight = new int[n];
            for (int i = 0; i < n; i++) {
                weight[random.nextInt(n)]++;
            }
            int distinct = 0;
            for (int w : weight) {
                distinct += w > 0 ? 1 : 0;
            }
            inBag = distinct;
            int[] weightAndLabel = new int[n];
            for (int row = 0; row < n; row++) {
                weightAndLabel[row] = weight[row] << 1 | y[row];
            }
            // One spare slot per list: the branch-free copies below write one past the last kept entry.
            entries = new long[p][inBag + 1];
            rows = new int[p][inBag + 1];
            for (int j = 0; j < p; j++) {
                int[] order = sorted[j];
                float[] values = sortedValues[j];
                long[] listEntries = entries[j];
                int[] listRows = rows[j];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    // Branch-free: every row is written, and only in-bag rows (weight > 0) are kept. About a
                    // third of the rows are out of bag at random, which a branch would mispredict often.
                    int row = order[i];
                    int packed = weightAndLabel[row];
                    listEntries[k] = (long) Float.floatToRawIntBits(values[i]) << 32 | packed;
                    listRows[k] = row;
                    k += (-(packed >>> 1)) >>> 31;
                }
            }
            goesLeft = new byte[n];
            cutTaken = new int[p][maxDepth];
            for (int[] taken : cutTaken) {
                Arrays.fill(taken, -1);
            }
            pathNode = new int[maxDepth];
            pathFrom = new int[maxDepth];
            pathMiddle = new int[maxDepth];
            pathTo = new int[maxDepth];
            spillEntries = new long[inBag];
            spillRows = new int[inBag];
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
         * Grows the node owning positions [from, to) of every list, depth first; returns its index.
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
            Split split = bestSplit(from, to, depth, total, positives);
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
                markSides(from, to, middle, split.input, depth);
                pathNode[depth] = id;
                pathFrom[depth] = from;
                pathMiddle[depth] = middle;
                pathTo[depth] = to;
                cutTaken[split.input][depth] = id; // its own order is already cut at middle
            }
            left[id] = node(from, middle, depth + 1, split.leftTotal, split.leftPositives);
            right[id] = node(middle, to, depth + 1, total - split.leftTotal, positives - split.leftPositives);
            return id;
        }

        /**
         * Tries {@code candidates} inputs drawn without replacement; as scikit-learn does, keeps drawing
         * past that number while none of the inputs tried so far could be cut (constant in this node).
         */
        private Split bestSplit(int from, int to, int depth, long total, long positives) {
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

                catchUp(input, depth);
                long[] list = entries[input];
                long leftTotal = 0;
                long leftPositives = 0;
                float next = valueOf(list[from]);
                for (int i = from; i < to - 1; i++) {
                    int weightAndLabel = (int) list[i];
                    int w = weightAndLabel >>> 1;
                    leftTotal += w;
                    leftPositives += w & -(weightAndLabel & 1);
                    float value = next;
                    next = valueOf(list[i + 1]);
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

        /** Records, for the rows of [from, to) of the cut input's list, whether they go left at this depth. */
        private void markSides(int from, int to, int middle, int input, int depth) {
            int[] cut = rows[input];
            byte bit = (byte) (1 << depth);
            for (int i = from; i < to; i++) {
                int row = cut[i];
                goesLeft[row] = (byte) (i < middle ? goesLeft[row] | bit : goesLeft[row] & ~bit);
            }
        }

        /**
         * Brings the input's list up to date for the node at {@code depth} on the current path: takes, in
         * order from the root, the ancestors' cuts it has not taken yet. Cuts of nodes off the path only
         * touched ranges outside this node's.
         */
        private void catchUp(int input, int depth) {
            int[] taken = cutTaken[input];
            int d = 0;
            while (d < depth && taken[d] == pathNode[d]) {
                d++;
            }
            for (; d < depth; d++) {
                partition(input, pathFrom[d], pathMiddle[d], pathTo[d], d);
                taken[d] = pathNode[d];
            }
        }

        /** Stably splits the input's range [from, to) into the rows that go left at {@code depth}, then the rest. */
        private void partition(int input, int from, int middle, int to, int depth) {
            long[] listEntries = entries[input];
            int[] listRows = rows[input];
            int l = from;
            int r = 0;
            for (int i = from; i < to; i++) {
                // Branch-free: each entry is written to both sides and only its own side advances,
                // since which way a row goes is a coin flip to the branch predictor. Writing at l is
                // safe: l never passes i, so it only overwrites entries already read.
                int row = listRows[i];
                long e = listEntries[i];
                int toLeft = (goesLeft[row] >>> depth) & 1;
                listRows[l] = row;
                listEntries[l] = e;
                spillRows[r] = row;
                spillEntries[r] = e;
                l += toLeft;
                r += 1 - toLeft;
            }
            System.arraycopy(spillRows, 0, listRows, l, r);
            System.arraycopy(spillEntries, 0, listEntries, l, r);
            assert l == middle;
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
