package dev.ladderbench.report;

import dev.ladderbench.core.analysis.ErrorAnalysis;
import dev.ladderbench.core.analysis.ErrorAnalyzer;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.analysis.ThresholdSuggestions;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.ColumnHealth;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.model.FeatureLeakage;
import dev.ladderbench.core.model.FeatureWeight;
import dev.ladderbench.core.model.ModelData;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-built ladder results, so the report and the console output can be tested before (and apart from)
 * the ladder itself: a toy file of 8 rows, a sanity rung with one finding and three model rungs.
 */
public final class LadderFixtures {

    public static final String SHA256 = "9f86d081884c7d659a2feb0d9ba4fad4f3f0f7a1b1e0a8d1e6b7c3f2a1b0c9d8";

    private LadderFixtures() {
    }

    /** The ladder with a {@code target-leakage} fail on the sanity rung. */
    public static LadderResult failing() {
        return result(new Finding(FindingCode.TARGET_LEAKAGE, Severity.FAIL, RungId.SANITY,
                "'balance' alone reaches a cross-validated AUC of 0.98.", List.of("balance"),
                Map.of("auc", 0.98, "threshold", 0.95, "feature", "balance")), RungStatus.FAIL);
    }

    /** The same ladder with only a {@code duplicate-rows} warning on the sanity rung. */
    public static LadderResult warning() {
        return result(new Finding(FindingCode.DUPLICATE_ROWS, Severity.WARN, RungId.SANITY,
                "2 rows repeat an earlier row.", List.of(), Map.of("duplicate_rows", 2)), RungStatus.WARN);
    }

    /**
     * The warning ladder with the forest's errors analysed at 0.5 on hand-made out-of-fold scores: tp 2
     * (rows 6, 7), fp 1 (row 2), tn 4, fn 1 (row 5). The best F1, 0.8 at 0.7, is 0.2 from 0.5 and 0.13
     * better than its 0.667, so {@code threshold-untuned} fires; Youden's J is also best at 0.7, recall 0.9
     * and cost 5 both pick 0.3 (tp 3, fp 2).
     */
    public static LadderResult withErrors() {
        return withErrorsAt(0.5);
    }

    /** {@link #withErrors()} analysed at another threshold; at 0.7, tp 2, fp 0, tn 5, fn 1 (F1 0.8, the best). */
    public static LadderResult withErrorsAt(double threshold) {
        LadderResult ladder = warning();
        LadderRequest request = ladder.request();
        ModelData data = ModelData.of(request.dataset(), request.target(), ladder.positiveLabel(),
                request.excluded());
        Predictions predictions = Predictions.of(data.y(), new double[]{0.1, 0.2, 0.6, 0.25, 0.45, 0.3, 0.9, 0.7},
                data.datasetRows(new int[]{0, 1, 2, 3, 4, 5, 6, 7}));
        ErrorAnalysis analysis = ErrorAnalyzer.analyze(data, predictions, threshold);
        ThresholdSuggestions suggestions = ThresholdSuggestions.of(analysis.sweep(), threshold);
        return ladder.withErrors(new ErrorReport(RungId.FOREST, PredictionSource.OUT_OF_FOLD, analysis, 0.8, 0.75,
                suggestions, suggestions.tuning().finding(RungId.FOREST, Thresholds.defaults())));
    }

    /** A regression target: the sanity rung fails with {@code regression-target} and the model rungs are skipped. */
    public static LadderResult regression() {
        LadderResult full = warning();
        Finding regression = new Finding(FindingCode.REGRESSION_TARGET, Severity.FAIL, RungId.SANITY,
                "'label' holds 412 distinct numbers.", List.of("label"), Map.of("distinct", 412));
        List<RungResult> rungs = List.of(new RungResult(RungId.SANITY, RungStatus.FAIL, 0.25, List.of(regression),
                        Optional.of(sanity(Double.NaN)), Optional.empty(), Optional.empty()),
                skipped(RungId.BASELINE), skipped(RungId.LINEAR), skipped(RungId.FOREST));
        return new LadderResult(full.request(), SHA256, Task.REGRESSION, "", List.of(), rungs, Set.of(),
                Optional.empty());
    }

    private static RungResult skipped(RungId id) {
        return new RungResult(id, RungStatus.SKIPPED, 0, List.of(), Optional.empty(), Optional.empty(),
                Optional.of("the target is continuous (regression-target)"));
    }

    private static LadderResult result(Finding sanityFinding, RungStatus sanityStatus) {
        LadderRequest request = new LadderRequest(dataset(), "label", Optional.of("yes"), Set.of("id"),
                new LadderSettings(5, 7, CvScheme.ORDERED, Thresholds.defaults()));
        List<RungResult> rungs = List.of(
                new RungResult(RungId.SANITY, sanityStatus, 0.25, List.of(sanityFinding), Optional.of(sanity(0.375)),
                        Optional.empty(), Optional.empty()),
                modelRung(RungId.BASELINE, RungStatus.PASS, figures("most frequent", 0.5, 0.5, List.of()),
                        List.of()),
                modelRung(RungId.LINEAR, RungStatus.PASS, figures("logistic regression", 0.8, 0.9,
                        List.of(new FeatureWeight("balance", 1.25), new FeatureWeight("colour=red", -0.5))),
                        List.of()),
                modelRung(RungId.FOREST, RungStatus.WARN, figures("random forest", 0.75, 0.97,
                        List.of(new FeatureWeight("balance", 0.7), new FeatureWeight("colour=red", 0.3))),
                        List.of(new Finding(FindingCode.FOREST_WORSE_THAN_LINEAR, Severity.WARN, RungId.FOREST,
                                "The forest's mean AUC 0.750 is below the linear model's 0.800.", List.of(),
                                Map.of("forest_auc", 0.75, "linear_auc", 0.8)))));
        return new LadderResult(request, SHA256, Task.BINARY, "yes",
                List.of(new LevelCount("no", 5), new LevelCount("yes", 3)), rungs, Set.of(RungId.SANITY),
                Optional.empty());
    }

    private static Dataset dataset() {
        return new Dataset(Path.of("data", "toy.csv"), List.of(
                new NumericColumn("id", new double[]{1, 2, 3, 4, 5, 6, 7, 8}),
                new NumericColumn("balance", new double[]{10, 20, 30, 40, 50, 60, Double.NaN, 80}),
                new CategoricalColumn("colour", new int[]{0, 1, 0, 1, 0, 1, 0, 1}, List.of("red", "blue")),
                new CategoricalColumn("label", new int[]{0, 0, 0, 0, 0, 1, 1, 1}, List.of("no", "yes"))), null);
    }

    /** @param prevalence NaN when the target has no positive class (regression) */
    private static SanityFigures sanity(double prevalence) {
        return new SanityFigures(8, 4, 8, 0, 1, 0, List.of(
                new ColumnHealth("balance", true, 1, 0, 7, 10, 80, 41.4, 22.7),
                new ColumnHealth("colour", false, 0, 0, 2, Double.NaN, Double.NaN, Double.NaN, Double.NaN)),
                List.of(new LevelCount("no", 5), new LevelCount("yes", 3)), prevalence, 2, 0,
                List.of(new FeatureLeakage("balance", false, 0.98, true),
                        new FeatureLeakage("colour", true, 0.55, false)), ModelRows.all(8, 42));
    }

    private static ModelFigures figures(String model, double auc, double trainAuc, List<FeatureWeight> weights) {
        return new ModelFigures(model, spread(auc), spread(trainAuc), spread(0.375 + (auc - 0.5)), 0.375, 0.5,
                0.125, weights, 2, Optional.empty(), ModelRows.all(8, 42));
    }

    /** Five fold scores around {@code mean}, as a cross-validation gives. */
    private static FoldScores spread(double mean) {
        return FoldScores.of(new double[]{mean - 0.02, mean - 0.01, mean, mean + 0.01, mean + 0.02});
    }

    private static RungResult modelRung(RungId id, RungStatus status, ModelFigures figures, List<Finding> findings) {
        return new RungResult(id, status, 1.5, findings, Optional.empty(), Optional.of(figures), Optional.empty());
    }
}
