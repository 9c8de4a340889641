package dev.ladderbench.core.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the forest's exact trees: the figures were measured before the grower's memory layout was
 * changed for speed, and a faster grower must grow the very same trees (same draws, same cuts), on any
 * number of threads.
 */
class ForestReproducibilityTest {

    @ParameterizedTest(name = "{0} on {1} threads")
    @CsvSource({
            "weka_credit_g,         1, 298.13933806813594, checking_status=no checking",
            "weka_credit_g,         3, 298.13933806813594, checking_status=no checking",
            "sklearn_breast_cancer, 1, 358.19675185050846, worst concave points",
            "sklearn_breast_cancer, 3, 358.19675185050846, worst concave points",
    })
    void seed42GrowsTheTreesItAlwaysGrew(String name, int threads, double probabilitySum, String mostImportant) {
        ModelData data = ReferenceCase.named(name).data();
        int[] all = IntStream.range(0, data.size()).toArray();

        RandomForestPipeline.Fitted forest = new RandomForestPipeline(42, threads).fit(data, all);

        double sum = 0;
        for (double p : forest.positiveProbability(all)) {
            sum += p;
        }
        assertThat(sum).isEqualTo(probabilitySum);
        assertThat(forest.importance().get(0).feature()).isEqualTo(mostImportant);
    }
}
