package dev.ladderbench.core.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Expected values from scikit-learn 1.2.1's {@code calibration_curve(y, s, n_bins=10)} and {@code brier_score_loss}. */
class CalibrationTest {

    private final Calibration calibration = Calibration.of(Toy.predictions(Toy.ints("0 0 0 0 1 1 1 1 1"),
            Toy.doubles("0.05 0.15 0.3 0.35 0.3 0.62 0.65 0.95 1.0")), 10);

    @Test
    void reliabilityBinsHoldMeanPredictionAndObservedShareAndLeaveEmptyBinsOut() {
        assertThat(calibration.bins())
                .extracting(ReliabilityBin::count, ReliabilityBin::observedFraction)
                .containsExactly(tuple(1, 0.0), tuple(1, 0.0), tuple(2, 0.5), tuple(1, 0.0), tuple(2, 1.0),
                        tuple(2, 1.0));
        assertThat(calibration.bins().stream().mapToDouble(ReliabilityBin::meanPredicted).toArray())
                .containsExactly(new double[] {0.05, 0.15, 0.3, 0.35, 0.635, 0.975}, within(1e-12));
    }

    @Test
    void aProbabilityOnABinEdgeBelongsToTheBinBelowAsInScikitLearn() {
        // 0.3 lies below numpy's edge 0.30000000000000004, so it shares the (0.2, 0.3] bin; 0.35 opens the next.
        assertThat(calibration.bins()).extracting(ReliabilityBin::lower)
                .containsExactly(0.0, 0.1, 0.2, 3 * 0.1, 6 * 0.1, 0.9);
    }

    @Test
    void brierScoreIsTheMeanSquaredErrorOfTheProbabilities() {
        assertThat(calibration.brierScore()).isCloseTo(0.11076666666666665, within(1e-15));
    }
}
