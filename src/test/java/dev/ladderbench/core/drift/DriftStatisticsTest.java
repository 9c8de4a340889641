package dev.ladderbench.core.drift;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics against numpy 1.24.2 and scipy 1.10.1, computed once on these numbers (drawn with
 * {@code numpy.random.default_rng(7)}, rounded to one decimal so that they tie):
 * <pre>
 * edges = np.quantile(train, np.arange(1, 10) / 10); bins = np.searchsorted(np.unique(edges), x)
 * q, p = shares per bin, floored at 1e-4;  psi = np.sum((p - q) * np.log(p / q))
 * stats.ks_2samp(train, prod).statistic
 * special.kolmogorov((sqrt(ne) + 0.12 + 0.11 / sqrt(ne)) * d), ne = n m / (n + m)
 * stats.chi2_contingency(table)
 * </pre>
 */
class DriftStatisticsTest {

    private static final double[] TRAINING = values("0.0 0.3 -0.3 -0.9 -0.5 -1.0 0.1 1.3 -0.5 -0.6 0.5 0.4 0.1 -0.9"
            + " -0.0 0.7 -1.3 -0.5 -1.9 -1.3 -1.8 -0.2 -1.3 0.3 0.2 -0.2 -2.5 -0.5 -0.0 0.1 -1.5 -0.5 -1.0 -0.8 1.1 -0.8"
            + " -0.0 0.9 -0.6 -0.1");
    private static final double[] PRODUCTION = values("0.6 0.6 -1.0 0.6 2.1 -1.4 1.5 0.6 -0.3 2.9 1.4 -0.9 0.6 1.2"
            + " 0.3 1.3 0.4 1.3 2.2 -0.3 0.7 -0.1 0.7 -0.9 -0.2 0.3 1.6 1.9 -1.1 -0.5");

    private static double[] values(String spaced) {
        return Arrays.stream(spaced.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Test
    void quantileEdgesAreNumpysToTheLastBit() {
        assertThat(QuantileBins.of(sorted(TRAINING), 10).edges()).containsExactly(-1.32, -1.0, -0.8, -0.5, -0.4,
                -0.060000000000000143, 0.029999999999999718, 0.2200000000000003, 0.5200000000000002);
    }

    @Test
    void valuesOnAnEdgeFallInTheBinBelowIt() {
        QuantileBins bins = QuantileBins.of(sorted(TRAINING), 10);

        assertThat(bins.binOf(-1.32)).isZero();
        assertThat(bins.binOf(-1.31)).isEqualTo(1);
        assertThat(bins.binOf(-1.0)).isEqualTo(1);
        assertThat(bins.binOf(99)).isEqualTo(9);
    }

    @Test
    void tiedQuantilesMergeIntoFewerBins() {
        // 65 zeros and 35 ones: np.unique(np.quantile(x, np.arange(1, 10) / 10)) is [0, 1].
        double[] x = new double[100];
        Arrays.fill(x, 65, 100, 1);
        QuantileBins bins = QuantileBins.of(x, 10);

        assertThat(bins.edges()).containsExactly(0.0, 1.0);
        assertThat(bins.count()).isEqualTo(3);
    }

    @Test
    void psiMatchesNumpyWithAnEmptyBinFloored() {
        NumericDrift drift = NumericComparison.of("x", TRAINING, PRODUCTION, DriftThresholds.defaults());

        assertThat(drift.psiBins()).extracting(BinCount::training).containsExactly(4L, 5L, 4L, 7L, 0L, 4L, 4L, 4L, 4L, 4L);
        assertThat(drift.psiBins()).extracting(BinCount::production).containsExactly(1L, 2L, 2L, 1L, 0L, 4L, 0L, 0L, 3L, 17L);
        assertThat(drift.psi()).isCloseTo(2.5575802051700918, within(1e-12));
    }

    @Test
    void psiOfIdenticalSharesIsZero() {
        assertThat(Psi.of(new long[]{10, 20, 30}, new long[]{20, 40, 60})).isZero();
    }

    @Test
    void ksStatisticIsScipysAndThePValueIsStephensApproximation() {
        KsTest ks = KsTest.ofSorted(sorted(TRAINING), sorted(PRODUCTION));

        assertThat(ks.statistic()).isCloseTo(0.4666666666666667, within(1e-15));
        // scipy's default (exact here) gives 0.000717, its asymptotic mode 0.000650.
        assertThat(ks.pValue()).isCloseTo(0.0006678096042308535, within(1e-9));
    }

    @Test
    void ksPValueIsCloseToScipysOnLargerSamples() {
        // a = np.arange(5000) / 5000, b = (np.arange(4000) / 4000) ** 1.05: scipy's D is 0.01815, its default
        // p-value 0.4517093434321665 (exact), Stephens' approximation 0.453517895993377.
        double[] a = new double[5000];
        double[] b = new double[4000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i / 5000.0;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.pow(i / 4000.0, 1.05);
        }
        KsTest ks = KsTest.ofSorted(a, b);

        assertThat(ks.statistic()).isCloseTo(0.01815, within(1e-12));
        assertThat(ks.pValue()).isCloseTo(0.453517895993377, within(1e-9));
        assertThat(ks.pValue()).isCloseTo(0.4517093434321665, within(0.002));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "120 60 20; 90 70 40; 11.721611721611723; 2; 0.0028489469027145743",
            "30 10; 20 25; 6.949930555555551; 1; 0.00838224869725173"})
    void chiSquareIsScipysChi2Contingency(String training, String production, double statistic, int df, double p) {
        ChiSquareTest test = ChiSquareTest.of(longs(training), longs(production));

        assertThat(test.statistic()).isCloseTo(statistic, within(1e-9));
        assertThat(test.degreesOfFreedom()).isEqualTo(df);
        assertThat(test.pValue()).isCloseTo(p, within(1e-9));
    }

    private static long[] longs(String spaced) {
        return Arrays.stream(spaced.split(" ")).mapToLong(Long::parseLong).toArray();
    }
}
