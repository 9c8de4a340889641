package dev.ladderbench.core.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded stratified sample of row positions: each class keeps its share of the rows (largest-remainder
 * rounding, so the sample has exactly the size asked for), and every class keeps at least
 * {@code minimumPerClass} rows, or all it has, so that a rare class still reaches every fold. The same
 * strata, size and seed always give the same rows.
 */
public final class StratifiedSample {

    private StratifiedSample() {
    }

    /**
     * @param strata          the class of each position, as small non-negative codes
     * @param size            the sample size; at or above the row count every position is kept
     * @param minimumPerClass rows each class keeps at least (all of them when it has fewer)
     * @return the sampled positions, ascending (file order)
     */
    public static int[] positions(int[] strata, int size, int minimumPerClass, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("A sample needs at least one row, not " + size);
        }
        int n = strata.length;
        if (size >= n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int classes = Arrays.stream(strata).max().orElse(-1) + 1;
        int[] counts = new int[classes];
        for (int s : strata) {
            counts[s]++;
        }
        int[] quota = quotas(counts, n, size, minimumPerClass);
        // Each class's positions, in file order, then a partial Fisher-Yates shuffle draws its quota.
        int[][] members = new int[classes][];
        int[] filled = new int[classes];
        for (int c = 0; c < classes; c++) {
            members[c] = new int[counts[c]];
        }
        for (int i = 0; i < n; i++) {
            members[strata[i]][filled[strata[i]]++] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] sample = new int[Arrays.stream(quota).sum()];
        int at = 0;
        for (int c = 0; c < classes; c++) {
            int[] pool = members[c];
            for (int k = 0; k < quota[c]; k++) {
                int j = k + random.nextInt(pool.length - k);
                int swap = pool[k];
                pool[k] = pool[j];
                pool[j] = swap;
                sample[at++] = pool[k];
            }
        }
        Arrays.sort(sample);
        return sample;
    }

    /**
     * Each class's share of {@code size}, floored and raised to the minimum; then the remaining rows go to the
     * largest remainders, or rows a raised minimum took are given back by the largest classes.
     */
    private static int[] quotas(int[] counts, int n, int size, int minimumPerClass) {
        int classes = counts.length;
        int[] quota = new int[classes];
        double[] remainder = new double[classes];
        int given = 0;
        for (int c = 0; c < classes; c++) {
            double exact = (double) counts[c] * size / n;
            quota[c] = Math.max((int) exact, Math.min(counts[c], minimumPerClass));
            remainder[c] = exact - (int) exact;
            given += quota[c];
        }
        while (given > size) {
            int largest = 0;
            for (int c = 1; c < classes; c++) {
                largest = quota[c] > quota[largest] ? c : largest;
            }
            quota[largest]--;
            given--;
        }
        while (given < size) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (quota[c] < counts[c] && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            given++;
        }
        return quota;
    }
}
