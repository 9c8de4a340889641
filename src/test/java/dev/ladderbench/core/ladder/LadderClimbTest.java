package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.model.FeatureWeight;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a climb behaves: reproducible, cancellable, reporting progress, one rung at a time or all. */
class LadderClimbTest {

    private static LadderRequest request(String name, Optional<String> positive) {
        SharedCase c = SharedCase.named(name);
        return new LadderRequest(c.dataset(), c.target(), positive, Set.of(), LadderSettings.defaults());
    }

    /** Everything a climb measures, without the timings. */
    private static List<Object> figures(LadderResult result) {
        List<Object> figures = new ArrayList<>(List.of(result.sha256(), result.findings(),
                SharedCase.sanity(result)));
        for (RungId rung : List.of(RungId.BASELINE, RungId.LINEAR, RungId.FOREST)) {
            ModelFigures m = SharedCase.model(result, rung);
            figures.addAll(List.of(m.rocAuc(), m.trainRocAuc(), m.averagePrecision(), m.weights(),
                    m.predictedClasses()));
        }
        return figures;
    }

    @Test
    void twoClimbsWithTheSameSeedGiveEqualFigures() throws Exception {
        LadderRequest request = request("weka_credit_g", Optional.of("bad"));

        LadderResult first = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
        LadderResult second = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());

        assertThat(figures(second)).isEqualTo(figures(first));
        assertThat(first.sha256()).hasSize(64);
    }

    @Test
    void aResultOfSomeRungsResolvesTheTaskAndPositiveClassAsAClimbDoes() throws Exception {
        LadderRequest request = request("weka_diabetes", Optional.empty());
        LadderResult climbed = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
        List<RungResult> lower = climbed.rungs().subList(0, 2);

        LadderResult assembled = Ladder.result(request, lower, Set.of(RungId.SANITY), Optional.empty());

        assertThat(assembled).isEqualTo(new LadderResult(request, climbed.sha256(), climbed.task(),
                climbed.positiveLabel(), climbed.classCounts(), lower, Set.of(RungId.SANITY), Optional.empty()));
        assertThat(assembled.positiveLabel()).isEqualTo("tested_positive");
    }

    @Test
    void cancellingDuringTheLinearRungStopsTheClimb() {
        CancellationToken cancel = CancellationToken.none();
        List<String> messages = new ArrayList<>();
        ProgressListener progress = (fraction, message) -> {
            messages.add(message);
            if (message.startsWith(RungId.LINEAR.label())) {
                cancel.cancel();
            }
        };

        assertThatThrownBy(() -> Ladder.climbAll(request("weka_diabetes", Optional.empty()), progress, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(messages).noneMatch(m -> m.startsWith(RungId.FOREST.label()));
    }

    @Test
    void progressCoversTheWholeClimbInOrderWithFoldMessages() throws Exception {
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();

        Ladder.climbAll(request("weka_diabetes", Optional.empty()), (fraction, message) -> {
            fractions.add(fraction);
            messages.add(message);
        }, CancellationToken.none());

        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(fractions).allMatch(f -> f >= 0 && f <= 1);
        assertThat(messages).contains("2 Linear: fold 3 of 5", "3 Forest: fold 5 of 5");
    }

    @Test
    void oneRungAloneUsesTheRungsBelowItWhenGiven() throws Exception {
        LadderRequest request = request("sklearn_breast_cancer", Optional.of("1"));
        RungResult linear = Ladder.climb(RungId.LINEAR, request, Map.of(), ProgressListener.NONE,
                CancellationToken.none());

        RungResult forest = Ladder.climb(RungId.FOREST, request, Map.of(RungId.LINEAR, linear),
                ProgressListener.NONE, CancellationToken.none());

        assertThat(linear.model().orElseThrow().baselineRocAuc()).isEqualTo(0.5);
        assertThat(forest.findings()).extracting(f -> f.code().id()).contains("forest-worse-than-linear");
    }

    /**
     * Each class gets its own binary model; versicolor, which lies between the other two, is not linearly
     * separable from the rest, so the macro AUC (measured 0.926) is below the 0.994 of virginica alone.
     */
    @Test
    void aMulticlassTargetWithoutPositiveClassIsScoredMacroOneVsRest() throws Exception {
        LadderResult result = Ladder.climbAll(request("sklearn_iris", Optional.empty()), ProgressListener.NONE,
                CancellationToken.none());

        ModelFigures linear = SharedCase.model(result, RungId.LINEAR);
        assertThat(result.task()).isEqualTo(Task.MULTICLASS);
        assertThat(result.positiveLabel()).isEmpty();
        assertThat(SharedCase.model(result, RungId.BASELINE).rocAuc().mean()).isEqualTo(0.5);
        assertThat(linear.rocAuc().mean()).isGreaterThan(0.9);
        assertThat(linear.predictedClasses()).isEqualTo(3);
        assertThat(linear.weights()).extracting(FeatureWeight::feature)
                .anyMatch(f -> f.startsWith("setosa: ")).anyMatch(f -> f.startsWith("virginica: "));
    }

    @Test
    void linearWeightsAreEveryStandardisedCoefficientLargestMagnitudeFirst() throws Exception {
        LadderResult result = SharedCase.named("weka_diabetes").climbed(CvScheme.ORDERED);

        List<FeatureWeight> weights = SharedCase.model(result, RungId.LINEAR).weights();
        assertThat(weights).hasSize(8);
        assertThat(weights).extracting(w -> -Math.abs(w.weight())).isSorted();
        assertThat(weights.get(0).feature()).isEqualTo("plas");
    }
}
