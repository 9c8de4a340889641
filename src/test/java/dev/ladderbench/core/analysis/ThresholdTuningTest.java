package dev.ladderbench.core.analysis;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThresholdTuningTest {

    @Test
    void thresholdUntunedFiresWhenTheBestF1IsFarFromHalfAndClearlyBetter() {
        // 2 positives in 10: best F1 2/3 at 0.9; at 0.5, tp 2 fp 4 gives F1 1/2. Distance 0.4, gain 1/6.
        ThresholdTuning tuning = ThresholdTuning.of(ThresholdSweep.of(Toy.predictions(Toy.ints("1 0 0 0 1 0 0 0 0 0"),
                Toy.doubles("0.9 0.8 0.7 0.65 0.6 0.5 0.4 0.3 0.2 0.1"))));

        assertThat(tuning.distance()).isCloseTo(0.4, within(1e-15));
        assertThat(tuning.f1Gain()).isCloseTo(1.0 / 6, within(1e-15));
        Finding finding = tuning.finding(RungId.FOREST).orElseThrow();
        assertThat(finding.code()).isEqualTo(FindingCode.THRESHOLD_UNTUNED);
        assertThat(finding.severity()).isEqualTo(Severity.WARN);
        assertThat(finding.rung()).isEqualTo(RungId.FOREST);
        assertThat(finding.evidence()).containsEntry("best_f1_threshold", 0.9).containsEntry("f1_at_0_5", 0.5);
    }

    @Test
    void thresholdUntunedStaysQuietWhenTheBestThresholdIsNearHalf() {
        // Best F1 0.75 at 0.6, 0.1 from 0.5 (F1 there 2/3).
        ThresholdTuning tuning = ThresholdTuning.of(ThresholdSweep.of(Toy.eightRows()));

        assertThat(tuning.untuned()).isFalse();
        assertThat(tuning.finding(RungId.FOREST)).isEmpty();
    }

    @Test
    void thresholdUntunedUsesTheLimitsInForce() {
        // Distance 0.4 and gain 1/6 as above: a user who tolerates a distance of 0.5 gets no finding.
        ThresholdTuning tuning = ThresholdTuning.of(ThresholdSweep.of(Toy.predictions(Toy.ints("1 0 0 0 1 0 0 0 0 0"),
                Toy.doubles("0.9 0.8 0.7 0.65 0.6 0.5 0.4 0.3 0.2 0.1"))));
        Thresholds d = Thresholds.defaults();
        Thresholds lenient = new Thresholds(d.leakageAuc(), d.minorityShare(), d.missingWarnShare(),
                d.noSignalMargin(), d.scaleRatio(), d.overfitGap(), d.unstableFoldStd(), d.maxNumericClasses(), 0.5,
                d.thresholdF1Gain());

        assertThat(tuning.finding(RungId.LINEAR, d)).isPresent();
        assertThat(tuning.finding(RungId.LINEAR, lenient)).isEmpty();
    }

    @Test
    void aUserWhoChoseTheBestThresholdIsNotWarned() {
        // The same rows as the first test: at 0.5 it fires; the user's 0.9 is the best-F1 threshold itself.
        ThresholdTuning tuning = ThresholdTuning.of(ThresholdSweep.of(Toy.predictions(Toy.ints("1 0 0 0 1 0 0 0 0 0"),
                Toy.doubles("0.9 0.8 0.7 0.65 0.6 0.5 0.4 0.3 0.2 0.1"))), 0.9);

        assertThat(tuning.distance()).isZero();
        assertThat(tuning.atDefault().f1()).isEqualTo(0.5);
        assertThat(tuning.finding(RungId.FOREST)).isEmpty();
    }

    @Test
    void aChosenThresholdFarFromTheBestOneIsWarnedAboutEvenWhenHalfWouldPass() {
        // Best F1 0.75 at 0.6; at the chosen 0.85 only one of four positives is caught (F1 0.4), at 0.5 F1 2/3.
        ThresholdTuning tuning = ThresholdTuning.of(ThresholdSweep.of(Toy.eightRows()), 0.85);

        assertThat(tuning.distance()).isCloseTo(0.25, within(1e-15));
        assertThat(tuning.f1Gain()).isCloseTo(0.35, within(1e-15));
        Finding finding = tuning.finding(RungId.FOREST).orElseThrow();
        assertThat(finding.detail()).endsWith("against 0.400 at the chosen threshold 0.850.");
        assertThat(finding.evidence()).containsEntry("threshold_in_force", 0.85)
                .containsEntry("f1_at_threshold_in_force", 0.4).containsEntry("f1_at_0_5", 2.0 / 3);
    }
}
