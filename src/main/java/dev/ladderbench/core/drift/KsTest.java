package dev.ladderbench.core.drift;

import smile.stat.hypothesis.KSTest;

/**
 * The two-sample Kolmogorov-Smirnov test, by Smile's {@code KSTest}. The statistic {@code D} is exact, tied
 * values included (scipy's {@code ks_2samp} gives the same D). The p-value is the asymptotic Kolmogorov
 * distribution with Stephens' small-sample correction, {@code Q_KS((sqrt(Ne) + 0.12 + 0.11 / sqrt(Ne)) * D)}
 * with {@code Ne = n m / (n + m)} (Numerical Recipes, eq. 14.3.18; {@code Q_KS} is
 * {@code scipy.special.kolmogorov}). It is not scipy's default: {@code ks_2samp(method='auto')} is exact
 * below 10,000 rows a side and otherwise uses {@code kstwo.sf(D, round(Ne))}; the two agree closely for
 * large files, where drift checks run, and differ by up to a few hundredths for small ones.
 */
public record KsTest(double statistic, double pValue) {

    /** @param a non-missing values, ascending; {@code b} the same (neither is changed) */
    static KsTest ofSorted(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return new KsTest(Double.NaN, Double.NaN);
        }
        // Smile sorts its arguments in place: sorted copies cost one pass each and leave ours alone.
        KSTest test = KSTest.test(a.clone(), b.clone());
        return new KsTest(test.d, test.pvalue);
    }
}
