package dev.ladderbench.core.analysis;

import dev.ladderbench.core.data.Columns;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.model.ModelData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Eight rows at threshold 0.5: rows 0-2 true positives, 3-4 false negatives, 5-6 true negatives, 7 a
 * false positive.
 */
class FeatureComparisonTest {

    private static final double NaN = Double.NaN;
    private static final Dataset DATASET = Columns.dataset(
            Columns.numbers("x", 1, 2, 3, 4, 5, 0, 1, 3),
            Columns.numbers("noise", 1, 3, NaN, 2, 2.2, 0, 0, 0),
            Columns.texts("color", "red", "red", "blue", "blue", "blue", "red", "red", "blue"),
            Columns.numbers("y", 1, 1, 1, 1, 1, 0, 0, 0));
    private static final ModelData DATA = ModelData.of(DATASET, "y", "1", List.of());
    private static final ConfusionMatrix MATRIX = ConfusionMatrix.at(Predictions.of(DATA.y(),
            Toy.doubles("0.9 0.8 0.7 0.2 0.3 0.1 0.2 0.6"), new int[] {0, 1, 2, 3, 4, 5, 6, 7}), 0.5);

    private final FeatureComparison missed = FeatureComparison.missedPositives(DATA.features(), MATRIX);

    private FeatureContrast contrast(String label) {
        return missed.contrasts().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void numericDifferenceIsMeasuredInSampleStandardDeviationsOfTheCaughtPositives() {
        // Caught x = 1, 2, 3: mean 2, std (ddof 1) 1. Missed x = 4, 5: mean 4.5.
        FeatureContrast x = contrast("x");

        assertThat(x.referenceMean()).isEqualTo(2);
        assertThat(x.referenceStd()).isEqualTo(1);
        assertThat(x.errorMean()).isEqualTo(4.5);
        assertThat(x.difference()).isEqualTo(2.5);
        assertThat(x.effectSize()).isEqualTo(2.5);
        assertThat(x.flagged()).isTrue();
    }

    @Test
    void missingValuesAreSkippedAndASmallDifferenceIsNotFlagged() {
        // Caught noise = 1, 3 (the third is missing): mean 2, std sqrt(2). Missed 2, 2.2: mean 2.1.
        FeatureContrast noise = contrast("noise");

        assertThat(noise.referenceCount()).isEqualTo(2);
        assertThat(noise.referenceStd()).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(noise.effectSize()).isCloseTo(0.1 / Math.sqrt(2), within(1e-12));
        assertThat(noise.flagged()).isFalse();
    }

    @Test
    void categoricalLevelsAreComparedAsProportions() {
        // Caught: red, red, blue, so red is 2/3 with std sqrt(1/3); missed: blue, blue, so red is 0.
        FeatureContrast red = contrast("color=red");

        assertThat(red.referenceMean()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(red.referenceStd()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-15));
        assertThat(red.errorMean()).isZero();
        assertThat(red.effectSize()).isCloseTo((2.0 / 3) / Math.sqrt(1.0 / 3), within(1e-12));
        assertThat(contrast("color=blue").errorMean()).isEqualTo(1);
    }

    @Test
    void contrastsAreSortedByEffectSizeAndFlaggedFeaturesNamedOnce() {
        // The two colour levels tie (2/3 over sqrt(1/3)) up to rounding, which decides their order.
        assertThat(missed.contrasts()).extracting(FeatureContrast::effectSize)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(missed.contrasts()).extracting(FeatureContrast::label)
                .startsWith("x").endsWith("noise").contains("color=red", "color=blue");
        assertThat(missed.flaggedFeatures()).containsExactly("x", "color");
    }

    @Test
    void falseAlarmsAreComparedWithTheTrueNegatives() {
        // True negatives x = 0, 1: mean 0.5, std sqrt(0.5); the false alarm has x = 3.
        FeatureComparison alarms = FeatureComparison.falseAlarms(DATA.features(), MATRIX);
        FeatureContrast x = alarms.contrasts().stream().filter(c -> c.label().equals("x")).findFirst().orElseThrow();

        assertThat(alarms.reference()).isEqualTo(Outcome.TRUE_NEGATIVE);
        assertThat(alarms.errors()).isEqualTo(Outcome.FALSE_POSITIVE);
        assertThat(x.effectSize()).isCloseTo(2.5 / Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void missingCategoricalCellsFormALevelOfTheirOwn() {
        Dataset dataset = Columns.dataset(Columns.texts("color", "red", "red", "blue", null, "red", "red"),
                Columns.numbers("y", 1, 1, 1, 1, 0, 0));
        ModelData data = ModelData.of(dataset, "y", "1", List.of());
        ConfusionMatrix matrix = ConfusionMatrix.at(Predictions.of(data.y(), Toy.doubles("0.9 0.8 0.7 0.2 0.1 0.1"),
                new int[] {0, 1, 2, 3, 4, 5}), 0.5);

        FeatureContrast missing = FeatureComparison.missedPositives(data.features(), matrix).contrasts().stream()
                .filter(c -> c.level().equals("(missing)")).findFirst().orElseThrow();

        assertThat(missing.referenceMean()).isZero();
        assertThat(missing.errorMean()).isEqualTo(1);
        assertThat(missing.effectSize()).isInfinite();
        assertThat(missing.flagged()).isTrue();
    }
}
