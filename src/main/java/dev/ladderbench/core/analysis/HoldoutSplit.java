package dev.ladderbench.core.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
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
     * Each class contributes {@code round(testShare * its rows)} rows to the test set, chosen by a
     * generator seeded with {@code seed}: the same seed gives the same split. On the shared datasets the
     * sizes equal scikit-learn's {@code train_test_split(stratify=y)}; the membership cannot (numpy's
     * generator), so figures from the two agree only within sampling noise.
     *
     * @param y         0/1 class per position
     * @param testShare share of each class held out, strictly between 0 and 1
     */
    public static HoldoutSplit stratified(int[] y, double testShare, long seed) {
        if (!(testShare > 0 && testShare < 1)) {
            throw new IllegalArgumentException("The test share must be between 0 and 1, got " + testShare);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] inTest = new boolean[y.length];
        for (int c = 0; c <= 1; c++) {
            int cls = c;
            int[] members = IntStream.range(0, y.length).filter(i -> y[i] == cls).toArray();
            shuffle(members, random);
            int held = (int) Math.round(testShare * members.length);
            if (held == 0 || held == members.length) {
                throw new IllegalArgumentException("Class " + c + " has " + members.length
                        + " rows: too few to hold out a share of " + testShare + " and still train on it.");
            }
            for (int i = 0; i < held; i++) {
                inTest[members[i]] = true;
            }
        }
        return new HoldoutSplit(IntStream.range(0, y.length).filter(i -> !inTest[i]).toArray(),
                IntStream.range(0, y.length).filter(i -> inTest[i]).toArray());
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
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
