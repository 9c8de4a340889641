package dev.ladderbench.core.ladder;

import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.model.FeatureLeakage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.ladderbench.core.ladder.SharedCase.codes;
import static dev.ladderbench.core.ladder.SharedCase.model;
import static dev.ladderbench.core.ladder.SharedCase.sanity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole ladder, climbed through {@link Ladder#climbAll}, against scikit-learn's figures on the six
 * shared datasets. Ordered folds are scikit-learn's {@code cv=5}, so the deterministic rungs must agree
 * closely; the forest only within seed noise, and shuffled folds only within the luck of the split.
 */
class LadderParityTest {

    /** The forest matches scikit-learn's only within seed noise. */
    private static final double FOREST_TOLERANCE = 0.02;

    static Stream<SharedCase> cases() {
        return SharedCase.NAMES.stream().map(SharedCase::named);
    }

    private static LadderResult ordered(SharedCase c) {
        return c.climbed(CvScheme.ORDERED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void baselineScoresHalfAndThePrevalence(SharedCase c) {
        ModelFigures baseline = model(ordered(c), RungId.BASELINE);

        assertThat(baseline.rocAuc().folds()).containsOnly(0.5);
        assertThat(baseline.averagePrecision().folds())
                .containsExactly(c.folds("rung1", "default_cv5", "average_precision"), within(1e-9));
        assertThat(baseline.averagePrecision().mean()).isCloseTo(baseline.prevalence(), within(0.005));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void linearRungMatchesScikitLearnsLogisticRegression(SharedCase c) {
        ModelFigures linear = model(ordered(c), RungId.LINEAR);

        assertThat(linear.rocAuc().mean()).isCloseTo(c.mean("rung2", "default_cv5", "roc_auc"), within(0.005));
        assertThat(linear.rocAuc().folds()).containsExactly(c.folds("rung2", "default_cv5", "roc_auc"), within(0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void averagePrecisionMatchesScikitLearnsDefinition(SharedCase c) {
        assertThat(model(ordered(c), RungId.LINEAR).averagePrecision().mean())
                .isCloseTo(c.mean("rung2", "default_cv5", "average_precision"), within(0.005));
        assertThat(model(ordered(c), RungId.FOREST).averagePrecision().mean())
                .isCloseTo(c.mean("rung3", "default_cv5", "average_precision"), within(FOREST_TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forestRungIsWithinScikitLearnsSeedSpread(SharedCase c) {
        ModelFigures forest = model(ordered(c), RungId.FOREST);

        assertThat(forest.rocAuc().mean())
                .isCloseTo(c.reference().get("rung3_seed_spread").get("mean_of_means").asDouble(), within(FOREST_TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void leakageProbeMatchesEverySingleFeatureTreeAuc(SharedCase c) {
        List<FeatureLeakage> leakage = sanity(ordered(c)).leakage();

        var expected = c.reference().get("leakage").get("per_feature");
        assertThat(leakage).hasSize(expected.size());
        for (FeatureLeakage feature : leakage) {
            assertThat(feature.treeAuc()).as(feature.feature())
                    .isCloseTo(expected.get(feature.feature()).get("tree_auc_default_cv5").asDouble(), within(0.02));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleanSharedDataRaisesNoFail(SharedCase c) {
        assertThat(ordered(c).findings()).noneMatch(f -> f.severity() == Severity.FAIL);
        assertThat(ordered(c).hasFail()).isFalse();
    }

    /**
     * The reference's default_cv5 flags, as findings. Forest flags count only when the reference clears
     * its threshold by more than the forest tolerance: closer than that, seed noise decides (measured:
     * on iris our forest scores 0.9960 against the linear 0.9940, where scikit-learn's seed 42 scored
     * 0.9930; on diabetes Smile's forest has a train/validation gap of 0.090 against scikit-learn's 0.1035,
     * its training AUC being systematically a little lower).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisesTheFlagsTheReferenceRaises(SharedCase c) {
        LadderResult result = ordered(c);
        List<String> expectedSanity = new ArrayList<>();
        for (String flag : c.flags()) {
            if (flag.startsWith("feature scales differ")) {
                expectedSanity.add("scale-differences");
            } else if (flag.endsWith("exact duplicate rows")) {
                expectedSanity.add("duplicate-rows");
            }
        }
        assertThat(codes(result, RungId.SANITY)).containsAll(expectedSanity);
        if (overfitMargin(c, "rung2") > 0) {
            assertThat(codes(result, RungId.LINEAR)).contains("overfitting");
        }
        if (overfitMargin(c, "rung3") > FOREST_TOLERANCE) {
            assertThat(codes(result, RungId.FOREST)).contains("overfitting");
        }
        double forestGain = c.reference().get("rung3").get("default_cv5").get("improvement_over_lr").asDouble();
        if (forestGain < -FOREST_TOLERANCE) {
            assertThat(codes(result, RungId.FOREST)).contains("forest-worse-than-linear");
        }
    }

    private static double overfitMargin(SharedCase c, String rung) {
        return c.mean(rung, "default_cv5", "train_roc_auc") - c.mean(rung, "default_cv5", "roc_auc")
                - Thresholds.defaults().overfitGap();
    }

    @Test
    void creditGHasAForestAsGoodAsTheLinearModelThatOverfitsAndFeatureScalesApart() {
        SharedCase credit = SharedCase.named("weka_credit_g");
        LadderResult result = credit.climbed(CvScheme.ORDERED);

        assertThat(codes(result, RungId.SANITY)).contains("scale-differences");
        assertThat(codes(result, RungId.FOREST)).contains("overfitting");
        // scikit-learn's forest (seed 42) is 0.0046 below its linear model, but over 30 seeds its forest
        // ranges 0.7816-0.7936 around the linear 0.7892: whether forest-worse-than-linear fires is seed
        // noise. What must hold is the comparison itself, within the forest's tolerance.
        double ours = model(result, RungId.FOREST).rocAuc().mean() - model(result, RungId.LINEAR).rocAuc().mean();
        double theirs = credit.mean("rung3", "default_cv5", "roc_auc") - credit.mean("rung2", "default_cv5", "roc_auc");
        assertThat(ours).isCloseTo(theirs, within(0.02));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shuffledFoldsAreCloseToScikitLearnsShuffledMeans(SharedCase c) {
        LadderResult result = c.climbed(CvScheme.SHUFFLED);

        assertThat(model(result, RungId.LINEAR).rocAuc().mean())
                .isCloseTo(c.mean("rung2", "strat_shuffle_cv5", "roc_auc"), within(0.02));
        assertThat(model(result, RungId.FOREST).rocAuc().mean())
                .isCloseTo(c.mean("rung3", "strat_shuffle_cv5", "roc_auc"), within(0.02));
    }
}
