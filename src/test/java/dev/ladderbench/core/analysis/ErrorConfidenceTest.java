package dev.ladderbench.core.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link Toy#eightRows} at 0.5: TP 0.9 0.8 0.6, FP 0.8 0.5, TN 0.4 0.1, FN 0.3. With a margin of 0.15
 * the false positive at 0.5 is a low-confidence error; the one at 0.8 and the false negative at 0.3 are
 * confident mistakes.
 */
class ErrorConfidenceTest {

    private final ErrorConfidence confidence = ErrorConfidence.of(ConfusionMatrix.at(Toy.eightRows(), 0.5), 20, 0.15);

    @Test
    void meanConfidenceIsTheMeanProbabilityOfEachCell() {
        assertThat(confidence.of(Outcome.FALSE_NEGATIVE).meanProbability()).isEqualTo(0.3);
        assertThat(confidence.of(Outcome.FALSE_POSITIVE).meanProbability()).isCloseTo(0.65, within(1e-15));
        assertThat(confidence.of(Outcome.TRUE_POSITIVE).meanProbability()).isCloseTo(2.3 / 3, within(1e-15));
        assertThat(confidence.of(Outcome.TRUE_NEGATIVE).meanProbability()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void errorsNearTheThresholdAreLowConfidenceAndTheRestHighConfidence() {
        assertThat(confidence.of(Outcome.FALSE_POSITIVE).nearThreshold()).isEqualTo(1);
        assertThat(confidence.of(Outcome.FALSE_NEGATIVE).nearThreshold()).isZero();
        assertThat(confidence.lowConfidenceErrors()).isEqualTo(1);
        assertThat(confidence.highConfidenceErrors()).isEqualTo(2);
    }

    @Test
    void histogramsCountEachCellInClosedUpperBins() {
        int[] falsePositives = new int[20];
        falsePositives[9] = 1;  // 0.5 in (0.45, 0.5]
        falsePositives[15] = 1; // 0.8 in (0.75, 0.8]
        Histogram histogram = confidence.of(Outcome.FALSE_POSITIVE).histogram();

        assertThat(histogram.counts()).containsExactly(falsePositives);
        assertThat(histogram.upperEdge(19)).isEqualTo(1.0);
        assertThat(confidence.outcomes()).extracting(c -> c.histogram().total()).containsExactly(3, 2, 2, 1);
    }
}
