package dev.ladderbench.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.eval.RocAuc;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.model.ReferenceCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The linear model in holdout mode against {@code error_analysis.lr} of the scikit-learn reference on the
 * six shared datasets. The split is scikit-learn's own (see HoldoutSplitTest) and the model agrees with
 * scikit-learn's to rounding, so the figures agree far inside the error-analysis issue's 0.05.
 */
class HoldoutReferenceParityTest {

    /**
     * Measured: every FN and FP count equal and the AUC within 2e-16, on all six. Not 1e-9: on the one-hot datasets the two
     * solvers' probabilities differ by up to ~2e-5 (see SklearnParityTest), which could reorder a near-tied
     * pair in the AUC or move a row across 0.5; 0.005 still tells a wrong split or model from that.
     */
    private static final double TOLERANCE = 0.005;

    static List<String> sharedDatasets() {
        return ReferenceCase.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedDatasets")
    void linearHoldoutErrorRatesAndAucMatchTheReference(String name) {
        ReferenceCase reference = ReferenceCase.named(name);
        JsonNode expected = reference.reference().at("/error_analysis/lr");

        Predictions predictions = ErrorStep.holdout(reference.data(), RungId.LINEAR, LadderSettings.defaults(),
                CancellationToken.none()).orElseThrow();

        // The reference counts a row positive when predict() says so: probability > 0.5.
        ConfusionCounts counts = ConfusionMatrix.of(predictions, 0.5, DecisionRule.ABOVE).counts();
        int[] truth = IntStream.range(0, predictions.size()).map(predictions::truth).toArray();
        double[] scores = IntStream.range(0, predictions.size()).mapToDouble(predictions::probability).toArray();
        assertThat(counts.falseNegativeRate())
                .isCloseTo(expected.get("fn_rate_over_positives").asDouble(), within(TOLERANCE));
        assertThat(counts.falsePositiveRate())
                .isCloseTo(expected.get("fp_rate_over_negatives").asDouble(), within(TOLERANCE));
        assertThat(RocAuc.of(truth, scores)).isCloseTo(expected.get("test_roc_auc").asDouble(), within(TOLERANCE));
    }
}
