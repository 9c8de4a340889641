package dev.ladderbench.core.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfusionMatrixTest {

    /** Scores 0.9(+) 0.8(+) 0.8(-) 0.6(+) 0.5(-) 0.4(-) 0.3(+) 0.1(-), see {@link Toy#eightRows}. */
    @ParameterizedTest(name = "{1} {0}: tp {2} fp {3} tn {4} fn {5}")
    @CsvSource(textBlock = """
            0.8,  AT_OR_ABOVE, 2, 1, 3, 2
            0.8,  ABOVE,       1, 0, 4, 3
            0.5,  AT_OR_ABOVE, 3, 2, 2, 1
            0.5,  ABOVE,       3, 1, 3, 1
            0.55, AT_OR_ABOVE, 3, 1, 3, 1
            0.55, ABOVE,       3, 1, 3, 1
            0.0,  AT_OR_ABOVE, 4, 4, 0, 0
            1.0,  AT_OR_ABOVE, 0, 0, 4, 4
            """)
    void rowsScoredAtTheThresholdArePositiveOnlyUnderTheAtOrAboveRule(double threshold, DecisionRule rule, int tp,
                                                                       int fp, int tn, int fn) {
        ConfusionCounts counts = ConfusionMatrix.of(Toy.eightRows(), threshold, rule).counts();

        assertThat(counts).isEqualTo(new ConfusionCounts(threshold, tp, fp, tn, fn));
        assertThat(counts.total()).isEqualTo(8);
    }

    @Test
    void ratesFollowFromTheCounts() {
        // At 0.5: tp 3, fp 2, tn 2, fn 1.
        ConfusionCounts counts = ConfusionMatrix.at(Toy.eightRows(), 0.5).counts();

        assertThat(counts.falseNegativeRate()).isEqualTo(0.25);
        assertThat(counts.falsePositiveRate()).isEqualTo(0.5);
        assertThat(counts.precision()).isEqualTo(0.6);
        assertThat(counts.recall()).isEqualTo(0.75);
        assertThat(counts.f1()).isCloseTo(2 * 0.6 * 0.75 / (0.6 + 0.75), within(1e-15));
        assertThat(counts.accuracy()).isEqualTo(5.0 / 8);
        assertThat(counts.youdenJ()).isEqualTo(0.25);
    }

    @Test
    void predictingNothingPositiveHasPrecisionZeroRatherThanNaN() {
        ConfusionCounts counts = ConfusionMatrix.at(Toy.eightRows(), 0.95).counts();

        assertThat(counts.precision()).isZero();
        assertThat(counts.f1()).isZero();
    }

    @Test
    void eachCellListsItsRowsAndTheirDatasetRows() {
        Predictions predictions = Predictions.of(Toy.Y, Toy.SCORES, new int[] {10, 11, 12, 13, 14, 15, 16, 17});
        ConfusionMatrix matrix = ConfusionMatrix.at(predictions, 0.5);

        assertThat(matrix.rows(Outcome.TRUE_POSITIVE)).containsExactly(0, 1, 3);
        assertThat(matrix.rows(Outcome.FALSE_POSITIVE)).containsExactly(2, 4);
        assertThat(matrix.rows(Outcome.TRUE_NEGATIVE)).containsExactly(5, 7);
        assertThat(matrix.rows(Outcome.FALSE_NEGATIVE)).containsExactly(6);
        assertThat(matrix.datasetRows(Outcome.FALSE_POSITIVE)).containsExactly(12, 14);
    }
}
