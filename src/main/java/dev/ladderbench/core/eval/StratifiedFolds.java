package dev.ladderbench.core.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Stratified k-fold assignment, written to follow scikit-learn's {@code StratifiedKFold} (1.2)
 * step by step so that the unshuffled variant reproduces its folds exactly.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /**
     * scikit-learn's {@code StratifiedKFold(k)} without shuffling, as {@code cross_val_score(cv=k)} uses
     * it: class-c rows in file order fill fold 0, then fold 1, ... in consecutive blocks.
     */
    public static Folds ordered(int[] y, int k) {
        return assign(y, k, null);
    }

    /**
     * Stratified like {@link #ordered} (same fold sizes per class), with each class's fold labels
     * shuffled by a generator seeded with {@code seed}; the same seed gives the same folds. Not
     * numpy's generator, so the membership differs from scikit-learn's {@code shuffle=True}.
     */
    public static Folds shuffled(int[] y, int k, long seed) {
        return assign(y, k, new SplittableRandom(seed));
    }

    private static Folds assign(int[] y, int k, SplittableRandom random) {
        int[] encoded = codesByFirstAppearance(y);
        int classes = Arrays.stream(encoded).max().orElse(-1) + 1;
        int[][] allocation = allocation(encoded, classes, k);
        for (int c = 0; c < classes; c++) {
            int members = 0;
            for (int fold = 0; fold < k; fold++) {
                members += allocation[fold][c];
            }
            if (members < k) {
                // scikit-learn only warns here; a fold without a class has no ROC AUC, so refuse early.
                throw new IllegalArgumentException("A class has " + members + (members == 1 ? " row" : " rows")
                        + ", fewer than the " + k + " folds, and every fold needs each class at least once; use fewer"
                        + " folds (at least 2) or add rows of that class.");
            }
        }
        int[] foldOfRow = new int[y.length];
        for (int c = 0; c < classes; c++) {
            int[] foldsForClass = new int[y.length];
            int size = 0;
            for (int fold = 0; fold < k; fold++) {
                for (int i = 0; i < allocation[fold][c]; i++) {
                    foldsForClass[size++] = fold;
                }
            }
            if (random != null) {
                shuffle(foldsForClass, size, random);
            }
            int next = 0;
            for (int row = 0; row < y.length; row++) {
                if (encoded[row] == c) {
                    foldOfRow[row] = foldsForClass[next++];
                }
            }
        }
        return new Folds(foldOfRow, k);
    }

    /** Classes coded 0, 1, ... in order of their first appearance, as scikit-learn codes them. */
    private static int[] codesByFirstAppearance(int[] y) {
        Map<Integer, Integer> codes = new LinkedHashMap<>();
        int[] encoded = new int[y.length];
        for (int row = 0; row < y.length; row++) {
            encoded[row] = codes.computeIfAbsent(y[row], label -> codes.size());
        }
        return encoded;
    }

    /**
     * allocation[fold][c]: how many class-c rows fold validates, i.e. how often code c occurs among the
     * sorted codes at positions fold, fold + k, fold + 2k, ... This spreads each class over the folds
     * as evenly as the total fold sizes allow.
     */
    private static int[][] allocation(int[] encoded, int classes, int k) {
        int[] sorted = encoded.clone();
        Arrays.sort(sorted);
        int[][] allocation = new int[k][classes];
        for (int position = 0; position < sorted.length; position++) {
            allocation[position % k][sorted[position]]++;
        }
        return allocation;
    }

    private static void shuffle(int[] values, int size, SplittableRandom random) {
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
