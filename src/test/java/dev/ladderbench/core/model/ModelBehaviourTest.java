package dev.ladderbench.core.model;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.eval.Folds;
import dev.ladderbench.core.eval.StratifiedFolds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModelBehaviourTest {

    /** 200 rows: a label, a noisy copy of it (95 % agreement), and pure noise. */
    private static ModelData leakyData() {
        Random random = new Random(1);
        int n = 200;
        int[] label = new int[n];
        double[] copy = new double[n];
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            label[i] = i % 3 == 0 ? 1 : 0;
            copy[i] = random.nextDouble() < 0.98 ? label[i] : 1 - label[i];
            noise[i] = random.nextGaussian();
        }
        List<Column> columns = List.of(new NumericColumn("copy_of_label", copy), new NumericColumn("noise", noise),
                new CategoricalColumn("outcome", label, List.of("no", "yes")));
        return ModelData.of(new Dataset(Path.of("leaky.csv"), columns, null), "outcome", "yes", List.of());
    }

    private static Folds folds(ModelData data) {
        return StratifiedFolds.ordered(data.y(), 5);
    }

    @Test
    void leakageProbeFlagsANoisyCopyOfTheLabelAndNotNoise() {
        ModelData data = leakyData();

        List<FeatureLeakage> probe = LeakageProbe.run(data, folds(data), LeakageProbe.DEFAULT_THRESHOLD,
                ProgressListener.NONE, CancellationToken.none());

        assertThat(probe).extracting(FeatureLeakage::feature).containsExactly("copy_of_label", "noise");
        assertThat(probe.get(0).flagged()).isTrue();
        assertThat(probe.get(1).flagged()).isFalse();
    }

    @Test
    void giniStumpCutsMidwayBetweenTheValuesThatSeparateTheClasses() {
        double[][] x = {{1}, {2}, {3}, {10}, {11}};
        int[] y = {0, 0, 0, 1, 1};

        GiniStump stump = GiniStump.fit(x, y);

        assertThat(stump.threshold()).isEqualTo(6.5);
        assertThat(stump.positiveProbability(new double[] {6.4})).isZero();
        assertThat(stump.positiveProbability(new double[] {6.6})).isEqualTo(1);
    }

    @Test
    void giniStumpOnAConstantFeaturePredictsThePrevalence() {
        GiniStump stump = GiniStump.fit(new double[][] {{4}, {4}, {4}, {4}}, new int[] {1, 0, 0, 0});

        assertThat(stump.feature()).isEqualTo(-1);
        assertThat(stump.positiveProbability(new double[] {9})).isEqualTo(0.25);
    }

    @Test
    void dummyPredictsTheMajorityClassForEveryRow() {
        ModelData data = leakyData();

        CrossValidationResult result = CrossValidation.run(new DummyClassifier(), data, folds(data),
                ProgressListener.NONE, CancellationToken.none());

        assertThat(result.outOfFoldProbability()).containsOnly(0.0);
        assertThat(result.rocAuc().mean()).isEqualTo(0.5);
        assertThat(result.averagePrecision().mean()).isCloseTo(data.prevalence(), within(0.01));
    }

    @Test
    void crossValidationReportsProgressPerFoldAndPredictsEveryRowOutOfFold() {
        ModelData data = leakyData();
        List<Double> fractions = new ArrayList<>();

        CrossValidationResult result = CrossValidation.run(new LogisticRegressionPipeline(), data, folds(data),
                (fraction, message) -> fractions.add(fraction), CancellationToken.none());

        assertThat(fractions).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(result.models()).hasSize(5);
        assertThat(result.outOfFoldProbability()).hasSize(data.size());
        assertThat(Arrays.stream(result.outOfFoldProbability())).allMatch(p -> p > 0 && p < 1);
        assertThat(result.rocAuc().mean()).isGreaterThan(0.9);
    }

    @Test
    void cancellingBetweenFoldsStopsCrossValidation() {
        ModelData data = leakyData();
        CancellationToken cancel = new CancellationToken();
        List<String> folds = new ArrayList<>();
        ProgressListener cancelAfterSecondFold = (fraction, message) -> {
            folds.add(message);
            if (folds.size() == 2) {
                cancel.cancel();
            }
        };

        assertThatThrownBy(() -> CrossValidation.run(new LogisticRegressionPipeline(), data, folds(data),
                cancelAfterSecondFold, cancel)).isInstanceOf(CancelledException.class);
        assertThat(folds).hasSize(2);
    }

    @Test
    void logisticRegressionExplainsItselfByStandardisedCoefficients() {
        ModelData data = leakyData();

        var model = new LogisticRegressionPipeline().fit(data, folds(data).training(0));

        assertThat(model.finite()).isTrue();
        assertThat(model.coefficients()).extracting(FeatureWeight::feature).containsExactly("copy_of_label", "noise");
        assertThat(model.coefficients().get(0).weight()).isPositive();
    }

    @Test
    void theSameSeedGrowsTheSameForest() {
        ModelData data = leakyData();
        int[] training = folds(data).training(0);
        int[] validation = folds(data).validation(0);

        var first = new RandomForestPipeline(42, 2).fit(data, training);
        var second = new RandomForestPipeline(42, 1).fit(data, training);

        assertThat(first.positiveProbability(validation)).containsExactly(second.positiveProbability(validation));
        assertThat(first.importance().get(0).feature()).isEqualTo("copy_of_label");
    }

    @Test
    void rowsWithoutALabelAreLeftOut() {
        List<Column> columns = List.of(new NumericColumn("x", new double[] {1, 2, 3, 4}),
                new CategoricalColumn("y", new int[] {0, CategoricalColumn.MISSING, 1, 0}, List.of("a", "b")));

        ModelData data = ModelData.of(new Dataset(Path.of("t.csv"), columns, null), "y", "b", List.of());

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.y()).containsExactly(0, 1, 0);
        assertThat(data.datasetRows(new int[] {1})).containsExactly(2);
    }
}
