package dev.ladderbench.core.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            perfect ranking              | 0 0 1 1 | 0.1 0.2 0.8 0.9 | 1.0
            reversed ranking             | 1 1 0 0 | 0.1 0.2 0.8 0.9 | 0.0
            one swapped pair of four     | 0 1 0 1 | 0.1 0.35 0.4 0.8 | 0.75
            all scores tied              | 0 1 0 1 | 0.5 0.5 0.5 0.5 | 0.5
            tie across classes is half   | 0 0 1 1 | 0.1 0.4 0.4 0.9 | 0.875
            """)
    void rocAucCountsTiedPairsAsHalf(String what, String labels, String scores, double expected) {
        assertThat(RocAuc.of(ints(labels), doubles(scores))).isCloseTo(expected, within(1e-15));
    }

    @Test
    void averagePrecisionSumsRecallStepsTimesPrecision() {
        // Descending scores 0.8(+) 0.6(-) 0.4(+) 0.2(-): recall steps 1/2 at precision 1/1 and
        // 1/2 at precision 2/3, so AP = 0.5 + 1/3.
        int[] y = {1, 0, 1, 0};
        double[] score = {0.8, 0.6, 0.4, 0.2};

        assertThat(AveragePrecision.of(y, score)).isCloseTo(0.5 + 1.0 / 3, within(1e-15));
    }

    @Test
    void averagePrecisionTreatsTiedScoresAsOneThreshold() {
        // 0.9(+), then 0.5 tied for (+, -, -): recall 1/2 at precision 1, then 1 at precision 2/4.
        int[] y = {1, 1, 0, 0};
        double[] score = {0.9, 0.5, 0.5, 0.5};

        assertThat(AveragePrecision.of(y, score)).isCloseTo(0.5 + 0.25, within(1e-15));
    }

    @Test
    void aConstantScoreHasTheAveragePrecisionOfThePrevalence() {
        int[] y = {1, 0, 0, 0, 1, 0, 0, 0, 0, 0};

        assertThat(AveragePrecision.of(y, new double[10])).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void rankingMetricsRefuseASingleClass() {
        assertThatThrownBy(() -> RocAuc.of(new int[] {1, 1}, new double[] {0.2, 0.4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
    }

    @Test
    void foldScoresUsePopulationStandardDeviation() {
        FoldScores scores = FoldScores.of(new double[] {0.6, 0.8});

        assertThat(scores.mean()).isCloseTo(0.7, within(1e-15));
        assertThat(scores.std()).isCloseTo(0.1, within(1e-15));
    }

    private static int[] ints(String text) {
        return java.util.Arrays.stream(text.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }

    private static double[] doubles(String text) {
        return java.util.Arrays.stream(text.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
    }
}
