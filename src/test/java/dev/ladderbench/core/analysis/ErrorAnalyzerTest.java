package dev.ladderbench.core.analysis;

import dev.ladderbench.core.data.Columns;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.eval.StratifiedFolds;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.model.ClassifierPipeline;
import dev.ladderbench.core.model.CrossValidation;
import dev.ladderbench.core.model.LogisticRegressionPipeline;
import dev.ladderbench.core.model.ModelData;
import dev.ladderbench.core.model.RandomForestPipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorAnalyzerTest {

    private static Predictions outOfFold(ClassifierPipeline pipeline, ModelData data) {
        return Predictions.outOfFold(data, CrossValidation.run(pipeline, data, StratifiedFolds.ordered(data.y(), 5),
                ProgressListener.NONE, CancellationToken.none()));
    }

    @Test
    void positivesThatLookLikeNegativesOnXMakeTheComparisonFlagXAndNothingElse() {
        // Negatives have x in (2, 4); most positives x in (0, 2), but a fifth of them x in (2, 4), where
        // a linear model cannot tell them from negatives. z is noise for every row.
        SplittableRandom random = new SplittableRandom(5);
        int n = 600;
        double[] x = new double[n];
        double[] z = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            boolean looksNegative = y[i] == 0 || random.nextDouble() < 0.2;
            x[i] = (looksNegative ? 2 : 0) + 2 * random.nextDouble();
            z[i] = random.nextGaussian();
        }
        ModelData data = ModelData.of(Columns.dataset(Columns.numbers("x", x), Columns.numbers("z", z), Columns.numbers("y", y)),
                "y", "1", List.of());

        ErrorAnalysis analysis = ErrorAnalyzer.analyze(data, outOfFold(new LogisticRegressionPipeline(), data), 0.5);

        assertThat(analysis.missedPositives().flaggedFeatures()).containsExactly("x");
    }

    @Test
    void confusionCountsAlwaysSumToTheRowsScored() {
        Predictions predictions = Toy.eightRows();
        for (double threshold : ThresholdSweep.of(predictions).thresholds()) {
            assertThat(ConfusionMatrix.at(predictions, threshold).counts().total()).isEqualTo(predictions.size());
        }
    }

    /**
     * The reference's holdout is scikit-learn's forest on 154 rows; ours is another forest, and on so few
     * rows flags near the 0.5 line move with it, so this checks the same conclusions on out-of-fold forest
     * predictions over all 768 rows (scikit-learn's ordered folds).
     * Measured with seed 42: plas 1.85 sd, mass 0.59, age 0.46; best F1 0.685 at 0.369 against 0.596 at 0.5.
     * <ul>
     * <li>plas is the largest flagged difference among missed positives (reference: 1.89 sd). The
     * reference also flags mass (0.66) and age (0.51); both sit close enough to the 0.5 line that another
     * split or another forest moves them across (here age falls just under), so they are not asserted.</li>
     * <li>The best-F1 threshold is well below 0.5: asserted below 0.4. The reference's 0.285 is picked
     * on the 154 rows it is scored on (optimistic); out of fold on all rows it is higher. The F1 gain
     * over 0.5 is asserted above 0.05, the finding's own limit.</li>
     * </ul>
     */
    @Test
    void onDiabetesOutOfFoldForestPredictionsFlagPlasAndPutTheBestF1ThresholdWellBelowHalf() throws Exception {
        Dataset dataset = new CsvDatasetReader().read(Path.of("..", "shared", "datasets", "weka_diabetes.csv"),
                CsvReadOptions.defaults(), ProgressListener.NONE, CancellationToken.none()).dataset();
        ModelData data = ModelData.of(dataset, "class", "tested_positive", List.of());

        ErrorAnalysis analysis = ErrorAnalyzer.analyze(data, outOfFold(new RandomForestPipeline(42), data), 0.5);

        FeatureContrast largest = analysis.missedPositives().contrasts().get(0);
        assertThat(largest.feature()).isEqualTo("plas");
        assertThat(largest.flagged()).isTrue();
        assertThat(analysis.tuning().bestF1().threshold()).isLessThan(0.4);
        assertThat(analysis.tuning().f1Gain()).isGreaterThan(Thresholds.defaults().thresholdF1Gain());
    }
}
