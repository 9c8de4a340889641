package dev.ladderbench.core.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected curves are scikit-learn 1.2.1's on {@link Toy#eightRows} (computed once with
 * {@code roc_curve(y, s)} and {@code precision_recall_curve(y, s)}). Counts per distinct score, highest
 * first (tp, fp): 0.9 (1, 0), 0.8 (2, 1), 0.6 (3, 1), 0.5 (3, 2), 0.4 (3, 3), 0.3 (4, 3), 0.1 (4, 4).
 */
class ThresholdSweepTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final ThresholdSweep sweep = ThresholdSweep.of(Toy.eightRows());

    @Test
    void rocCurveMatchesScikitLearnDroppingCollinearPoints() {
        // roc_curve drops 0.5 (between 0.6 and 0.4 only fp moves); its first threshold 1.9 is our +Inf.
        assertThat(sweep.rocCurve())
                .extracting(RocPoint::threshold, RocPoint::falsePositiveRate, RocPoint::truePositiveRate)
                .containsExactly(tuple(INF, 0.0, 0.0), tuple(0.9, 0.0, 0.25), tuple(0.8, 0.25, 0.5),
                        tuple(0.6, 0.25, 0.75), tuple(0.4, 0.75, 0.75), tuple(0.3, 0.75, 1.0), tuple(0.1, 1.0, 1.0));
    }

    @Test
    void precisionRecallCurveMatchesScikitLearn() {
        assertThat(sweep.precisionRecallCurve()).extracting(PrPoint::threshold).containsExactly(
                0.1, 0.3, 0.4, 0.5, 0.6, 0.8, 0.9, INF);
        assertThat(sweep.precisionRecallCurve()).extracting(PrPoint::recall).containsExactly(
                1.0, 1.0, 0.75, 0.75, 0.75, 0.5, 0.25, 0.0);
        assertThat(sweep.precisionRecallCurve().stream().mapToDouble(PrPoint::precision).toArray()).containsExactly(
                new double[] {0.5, 4.0 / 7, 0.5, 0.6, 0.75, 2.0 / 3, 1, 1}, within(1e-15));
    }

    @Test
    void maxF1PicksTheThresholdWithTheHighestF1() {
        // F1 per threshold: 0.4, 0.571, 0.75, 0.667, 0.6, 0.727, 0.667.
        ConfusionCounts best = sweep.maxF1();

        assertThat(best.threshold()).isEqualTo(0.6);
        assertThat(best.f1()).isEqualTo(0.75);
        assertThat(best.precision()).isEqualTo(0.75);
        assertThat(best.recall()).isEqualTo(0.75);
    }

    @Test
    void youdenPicksTheRocPointFurthestAboveTheDiagonal() {
        // J per threshold: 0.25, 0.25, 0.5, 0.25, 0, 0.25, 0.
        assertThat(sweep.maxYoudenJ().threshold()).isEqualTo(0.6);
        assertThat(sweep.maxYoudenJ().youdenJ()).isEqualTo(0.5);
    }

    @Test
    void youdenAndMaxF1PartWhenCatchingTheNextPositiveCostsSeveralFalseAlarms() {
        // 0.9(+) 0.8(-) 0.7(-) 0.65(-) 0.6(+) then six negatives; 2 positives, 8 negatives. At 0.9:
        // F1 2/3, J 1/2. At 0.6: F1 4/7, J 1 - 3/8 = 5/8. F1 ignores the true negatives, J does not.
        ThresholdSweep parting = ThresholdSweep.of(Toy.predictions(Toy.ints("1 0 0 0 1 0 0 0 0 0"),
                Toy.doubles("0.9 0.8 0.7 0.65 0.6 0.5 0.4 0.3 0.2 0.1")));

        assertThat(parting.maxF1().threshold()).isEqualTo(0.9);
        assertThat(parting.maxF1().f1()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(parting.maxYoudenJ().threshold()).isEqualTo(0.6);
        assertThat(parting.maxYoudenJ().youdenJ()).isEqualTo(0.625);
    }

    /** (fn, fp) per threshold: +Inf (4, 0), 0.9 (3, 0), 0.8 (2, 1), 0.6 (1, 1), 0.5 (1, 2), 0.3 (0, 3). */
    @ParameterizedTest(name = "a false negative costing {0} false positives: threshold {1}")
    @CsvSource(textBlock = """
            0.2, 0.9
            1,   0.6
            5,   0.3
            """)
    void costRatioPicksTheCheapestThreshold(double costRatio, double expected) {
        assertThat(sweep.minCost(costRatio).threshold()).isEqualTo(expected);
    }

    @Test
    void callingNothingPositiveIsCheapestWhenTheTopScoreIsANegativeAndMissesAreCheap() {
        ThresholdSweep topNegative = ThresholdSweep.of(Toy.predictions(new int[] {0, 1}, new double[] {0.9, 0.2}));

        assertThat(topNegative.minCost(0.5).threshold()).isEqualTo(INF);
    }

    @ParameterizedTest(name = "recall {0}: threshold {1}, precision {2}")
    @CsvSource(textBlock = """
            0.25, 0.9, 1.0
            0.5,  0.8, 0.6666666666666666
            0.6,  0.6, 0.75
            0.75, 0.6, 0.75
            1.0,  0.3, 0.5714285714285714
            """)
    void targetRecallPicksTheHighestThresholdThatReachesIt(double target, double threshold, double precision) {
        ConfusionCounts chosen = sweep.forRecall(target);

        assertThat(chosen.threshold()).isEqualTo(threshold);
        assertThat(chosen.recall()).isGreaterThanOrEqualTo(target);
        assertThat(chosen.precision()).isCloseTo(precision, within(1e-15));
    }

    @Test
    void aTargetRecallOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> sweep.forRecall(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sweep.forRecall(1.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(DecisionRule.class)
    void sweepMatchesABruteForceRecountAtEveryDistinctScoreAndBetween(DecisionRule rule) {
        // Scores rounded to two decimals, so ties are many and span both classes.
        SplittableRandom random = new SplittableRandom(7);
        int n = 500;
        int[] y = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = Math.round(Math.min(1, Math.max(0, 0.3 * y[i] + 0.7 * random.nextDouble())) * 100) / 100.0;
        }
        Predictions predictions = Toy.predictions(y, scores);
        ThresholdSweep randomSweep = ThresholdSweep.of(predictions);
        double[] distinct = randomSweep.thresholds();

        assertThat(distinct).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(Arrays.stream(scores).distinct().toArray());
        for (double score : distinct) {
            for (double t : new double[] {score, score + 0.005, score - 0.005}) {
                assertThat(randomSweep.at(t, rule)).isEqualTo(ConfusionMatrix.of(predictions, t, rule).counts());
            }
        }
    }
}
