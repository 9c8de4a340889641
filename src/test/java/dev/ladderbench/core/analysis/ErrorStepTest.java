package dev.ladderbench.core.analysis;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.RungStatus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorStepTest {

    /** 40 rows, x = 0..39; every fourth row positive, and the rows from 30 on, so x separates them loosely. */
    private static final int ROWS = 40;
    private static final int[] Y = IntStream.range(0, ROWS).map(i -> i % 4 == 0 || i >= 30 ? 1 : 0).toArray();

    private static ErrorOutcome run(LadderResult ladder, PredictionSource source) {
        return run(ladder, source, 0.5);
    }

    private static ErrorOutcome run(LadderResult ladder, PredictionSource source, double threshold) {
        return ErrorStep.run(ladder, new ErrorSettings(RungId.LINEAR, source, threshold), ProgressListener.NONE,
                CancellationToken.none());
    }

    /** A ladder whose linear rung kept {@code outOfFold}, or skipped the rung when {@code skipped} is given. */
    private static LadderResult ladder(Optional<Predictions> outOfFold, Optional<String> skipped) {
        Dataset dataset = new Dataset(Path.of("toy.csv"), List.of(
                new NumericColumn("x", IntStream.range(0, ROWS).asDoubleStream().toArray()),
                new CategoricalColumn("label", Y, List.of("no", "yes"))), null);
        LadderRequest request = new LadderRequest(dataset, "label", Optional.of("yes"), Set.of(),
                LadderSettings.defaults());
        FoldScores scores = FoldScores.of(new double[]{0.8, 0.8});
        RungResult linear = skipped.map(why -> new RungResult(RungId.LINEAR, RungStatus.SKIPPED, 0, List.of(),
                        Optional.empty(), Optional.empty(), Optional.of(why)))
                .orElseGet(() -> new RungResult(RungId.LINEAR, RungStatus.PASS, 0.1, List.of(), Optional.empty(),
                        Optional.of(new ModelFigures("logistic regression", scores, scores, scores, 0.4, 0.5, 0.1,
                                List.of(), 2, outOfFold, ModelRows.all(40, 42))), Optional.empty()));
        return new LadderResult(request, "hash", Task.BINARY, "yes", List.of(new LevelCount("no", 22),
                new LevelCount("yes", 18)), List.of(linear), Set.of(), Optional.empty());
    }

    /** Out-of-fold scores that rank well but sit low: the best F1 is far below 0.5. */
    private static Predictions lowScores() {
        double[] p = IntStream.range(0, ROWS).mapToDouble(i -> Y[i] == 1 ? 0.3 + i / 400.0 : 0.05 + i / 400.0)
                .toArray();
        return Predictions.of(Y, p, IntStream.range(0, ROWS).toArray());
    }

    @Test
    void outOfFoldAnalysisScoresEveryRowAndTunesTheThreshold() {
        ErrorReport report = run(ladder(Optional.of(lowScores()), Optional.empty()), PredictionSource.OUT_OF_FOLD)
                .report().orElseThrow();

        assertThat(report.rowsScored()).isEqualTo(ROWS);
        assertThat(report.model()).isEqualTo(RungId.LINEAR);
        assertThat(report.thresholds().bestF1().threshold()).isLessThan(0.5);
        Finding untuned = report.untuned().orElseThrow();
        assertThat(untuned.rung()).isEqualTo(RungId.LINEAR);
    }

    @Test
    void aThresholdSetToTheBestOneSilencesThresholdUntuned() {
        LadderResult ladder = ladder(Optional.of(lowScores()), Optional.empty());
        double best = run(ladder, PredictionSource.OUT_OF_FOLD).report().orElseThrow().thresholds().bestF1().threshold();

        ErrorReport report = run(ladder, PredictionSource.OUT_OF_FOLD, best).report().orElseThrow();

        assertThat(report.thresholds().chosen().threshold()).isEqualTo(best);
        assertThat(report.untuned()).isEmpty();
    }

    @Test
    void holdoutScoresAStratifiedFifthButSuggestsThresholdsOnOutOfFoldPredictions() {
        Predictions outOfFold = lowScores();

        ErrorReport report = run(ladder(Optional.of(outOfFold), Optional.empty()), PredictionSource.HOLDOUT)
                .report().orElseThrow();

        // ceil(0.2 * 40) rows, as train_test_split(test_size=0.2) holds out.
        assertThat(report.rowsScored()).isEqualTo(8);
        assertThat(report.source()).isEqualTo(PredictionSource.HOLDOUT);
        assertThat(report.thresholds()).isEqualTo(ThresholdSuggestions.of(ThresholdSweep.of(outOfFold), 0.5));
    }

    @Test
    void aSkippedRungSkipsTheStepAndSaysWhy() {
        ErrorOutcome outcome = run(ladder(Optional.empty(), Optional.of("The target is continuous.")),
                PredictionSource.OUT_OF_FOLD);

        assertThat(outcome.report()).isEmpty();
        assertThat(outcome.skippedBecause())
                .hasValue("Error analysis needs rung 2 Linear, which was skipped: the target is continuous.");
    }

    @Test
    void aMacroMulticlassRungHasNoPredictionsToAnalyse() {
        ErrorOutcome outcome = run(ladder(Optional.empty(), Optional.empty()), PredictionSource.OUT_OF_FOLD);

        assertThat(outcome.skippedBecause()).hasValue(ErrorStep.NO_POSITIVE_CLASS);
    }
}
