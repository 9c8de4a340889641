package dev.ladderbench.core.drift;

import smile.stat.hypothesis.ChiSqTest;

import java.util.Arrays;

/**
 * Pearson's chi-square test of independence on the 2 x levels table of training and production counts,
 * by Smile's {@code ChiSqTest}: the p-value is the upper tail of the chi-square distribution with
 * (levels - 1) degrees of freedom, with Yates' continuity correction when there are two levels only. This
 * is scipy's {@code chi2_contingency(table)} with its default {@code correction=True}.
 *
 * @param degreesOfFreedom levels with rows in either file, minus 1
 */
public record ChiSquareTest(double statistic, int degreesOfFreedom, double pValue) {

    /** @param training rows per level in training; {@code production} the same levels in production */
    static ChiSquareTest of(long[] training, long[] production) {
        int levels = 0;
        for (int l = 0; l < training.length; l++) {
            if (training[l] + production[l] > 0) {
                levels++;
            }
        }
        long trainingTotal = Arrays.stream(training).sum();
        long productionTotal = Arrays.stream(production).sum();
        if (levels < 2 || trainingTotal == 0 || productionTotal == 0) {
            // One level, or an empty file: nothing can differ.
            return new ChiSquareTest(0, 0, 1);
        }
        int[][] table = new int[2][levels];
        int column = 0;
        for (int l = 0; l < training.length; l++) {
            if (training[l] + production[l] > 0) {
                table[0][column] = Math.toIntExact(training[l]);
                table[1][column] = Math.toIntExact(production[l]);
                column++;
            }
        }
        ChiSqTest test = ChiSqTest.test(table);
        return new ChiSquareTest(test.chisq, (int) test.df, test.pvalue);
    }
}
