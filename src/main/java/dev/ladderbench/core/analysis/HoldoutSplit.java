package dev.ladderbench.core.analysis;

import dev.ladderbench.core.eval.NumpyRandomState;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * A train/test split of labelled row positions, as the article's holdout mode uses it.
 *
 * @param training positions to fit on, ascending
 * @param test     positions to score, ascending
 */
public record HoldoutSplit(int[] training, int[] test) {

    public HoldoutSplit {
        training = training.clone();
        test = test.clone();
    }

    /**
     * scikit-learn 1.2's {@code train_test_split(test_size=testShare, stratify=y, random_state=seed)}
     * reproduced row for row: {@code ceil(testShare * rows)} test rows; how many training rows each
     * class gives is the largest-remainder rounding of its share ({@code _approximate_mode}, ties broken
     * at random), and the test set takes the rest; each class's rows are then drawn by a permutation.
     * The generator is numpy's {@link NumpyRandomState}, called in the same order as scikit-learn calls
     * it, so the same rows are held out as in the article. (scikit-learn then shuffles the training and
     * test lists; that only orders them, and comes after every draw that decides membership.)
     *
     * @param y         class per position; classes are taken in ascending order, as numpy's {@code unique}
     *                  gives them, so 0/1 labels give scikit-learn's split of a 0/1 target
     * @param testShare share of the rows held out, strictly between 0 and 1
     * @throws IllegalArgumentException when a class would have no rows on one side of the split
     */
    public static HoldoutSplit stratified(int[] y, double testShare, long seed) {
        if (!(testShare > 0 && testShare < 1)) {
            throw new IllegalArgumentException("The test share must be between 0 and 1, got " + testShare);
        }
        int[] classes = IntStream.of(y).distinct().sorted().toArray();
        if (classes.length < 2) {
            throw new IllegalArgumentException("A stratified split needs at least two classes, got "
                    + classes.length + ".");
        }
        int[][] members = new int[classes.length][];
        int[] counts = new int[classes.length];
        for (int c = 0; c < classes.length; c++) {
            int label = classes[c];
            members[c] = IntStream.range(0, y.length).filter(i -> y[i] == label).toArray();
            counts[c] = members[c].length;
        }
        int testRows = (int) Math.ceil(testShare * y.length);
        NumpyRandomState random = new NumpyRandomState(seed);
        int[] trainingPerClass = approximateMode(counts, y.length - testRows, random);
        int[] remaining = new int[classes.length];
        for (int c = 0; c < classes.length; c++) {
            remaining[c] = counts[c] - trainingPerClass[c];
        }
        // The rest of each class, counted as scikit-learn counts it: rounding may break ties with the
        // generator, and skipping it would put every later draw out of step.
        int[] testPerClass = approximateMode(remaining, testRows, random);
        for (int c = 0; c < classes.length; c++) {
            if (trainingPerClass[c] == 0 || testPerClass[c] == 0) {
                throw new IllegalArgumentException("Class " + classes[c] + " has " + counts[c]
                        + " rows: too few to hold out a share of " + testShare + " and still train on it.");
            }
        }
        boolean[] inTest = new boolean[y.length];
        for (int c = 0; c < classes.length; c++) {
            int[] order = random.permutation(counts[c]);
            for (int i = trainingPerClass[c]; i < trainingPerClass[c] + testPerClass[c]; i++) {
                inTest[members[c][order[i]]] = true;
            }
        }
        return new HoldoutSplit(IntStream.range(0, y.length).filter(i -> !inTest[i]).toArray(),
                IntStream.range(0, y.length).filter(i -> inTest[i]).toArray());
    }

    /**
     * How many of {@code draws} rows each class gives: its share of them rounded down, then one more for the
     * classes with the largest fractional parts until the total is reached; among equal fractional parts,
     * those that get one are chosen at random ({@code choice(replace=False)}, a permutation's head).
     * Arithmetic in the same order as scikit-learn's, as equal fractions must compare equal here too.
     */
    private static int[] approximateMode(int[] counts, int draws, NumpyRandomState random) {
        double total = IntStream.of(counts).sum();
        double[] remainder = new double[counts.length];
        int[] taken = new int[counts.length];
        int toAdd = draws;
        for (int c = 0; c < counts.length; c++) {
            double continuous = counts[c] / total * draws;
            double floored = Math.floor(continuous);
            remainder[c] = continuous - floored;
            taken[c] = (int) floored;
            toAdd -= taken[c];
        }
        double[] fractions = DoubleStream.of(remainder).distinct().sorted().toArray();
        for (int f = fractions.length - 1; f >= 0 && toAdd > 0; f--) {
            double fraction = fractions[f];
            int[] tied = IntStream.range(0, counts.length).filter(c -> remainder[c] == fraction).toArray();
            int adding = Math.min(tied.length, toAdd);
            int[] order = random.permutation(tied.length);
            for (int i = 0; i < adding; i++) {
                taken[tied[order[i]]]++;
            }
            toAdd -= adding;
        }
        return taken;
    }

    @Override
    public int[] training() {
        return training.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoldoutSplit other && Arrays.equals(training, other.training) && Arrays.equals(test, other.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(training) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "HoldoutSplit[" + training.length + " training, " + test.length + " test]";
    }
}
