package dev.ladderbench.app.errors;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.analysis.Calibration;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ConfusionMatrix;
import dev.ladderbench.core.analysis.ErrorAnalysis;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.analysis.ThresholdSuggestions;
import dev.ladderbench.core.analysis.ThresholdSweep;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.eval.AveragePrecision;
import dev.ladderbench.core.eval.RocAuc;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.ModelSample;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.model.ModelData;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One model rung's predictions (out-of-fold, or a holdout split scored by a refitted pipeline) with what
 * does not depend on the threshold, computed once; {@link #at} adds the rest for one threshold. Immutable.
 *
 * @param data       the labelled rows and features the ladder modelled, rebuilt from the rung's request
 * @param sweep      every threshold on the analysed predictions: the slider's counts and the curves
 * @param validation every threshold on the out-of-fold predictions, where thresholds are suggested and
 *                   {@code threshold-untuned} judged (the same sweep as {@code sweep} out-of-fold)
 * @param bestF1     the best-F1 counts on the validation predictions
 * @param limits     the thresholds in force, {@code threshold-untuned}'s among them
 * @param rocAuc     ROC AUC of the analysed predictions (on a holdout split: the test AUC)
 * @param averagePrecision PR-AUC of the analysed predictions
 */
public record AnalysedModel(RungId rung, PredictionSource source, ModelData data, Predictions predictions,
                            ThresholdSweep sweep, ThresholdSweep validation, ConfusionCounts bestF1,
                            Calibration calibration, Thresholds limits, double rocAuc, double averagePrecision) {

    /**
     * O(n log n) out-of-fold; holdout also fits the rung's pipeline once. Off the FX thread. Empty when a
     * class is too small to hold out a fifth of it.
     */
    static Optional<AnalysedModel> of(RungId rung, LadderRequest request, PredictionSource source,
                                      Predictions outOfFold, CancellationToken cancel) {
        ModelData data = ModelSample.of(request, positiveLabel(request));
        ThresholdSweep validation = ThresholdSweep.of(outOfFold);
        Optional<Predictions> analysed = source == PredictionSource.HOLDOUT
                ? ErrorStep.holdout(data, rung, request.settings(), cancel) : Optional.of(outOfFold);
        return analysed.map(predictions -> {
            ThresholdSweep sweep = source == PredictionSource.HOLDOUT ? ThresholdSweep.of(predictions) : validation;
            int[] truth = IntStream.range(0, predictions.size()).map(predictions::truth).toArray();
            double[] scores = IntStream.range(0, predictions.size()).mapToDouble(predictions::probability).toArray();
            return new AnalysedModel(rung, source, data, predictions, sweep, validation, validation.maxF1(),
                    Calibration.of(predictions, Calibration.DEFAULT_BINS), request.settings().thresholds(),
                    RocAuc.of(truth, scores), AveragePrecision.of(truth, scores));
        });
    }

    /** The error step's result at one threshold, as the command line reports it (for the checklist): O(n). */
    ErrorReport report(ErrorAnalysis analysis) {
        ThresholdSuggestions suggestions = ThresholdSuggestions.of(validation, analysis.threshold());
        return new ErrorReport(rung, source, analysis, rocAuc, averagePrecision, suggestions,
                suggestions.tuning().finding(rung, limits));
    }

    /** The positive class as the ladder resolved it: the user's, else the target's default. */
    private static String positiveLabel(LadderRequest request) {
        return request.positiveLabel().orElseGet(() -> {
            try {
                return TargetAnalyzer.summarize(request.dataset(), request.target()).defaultPositive();
            } catch (InvalidInputException e) {
                // The ladder summarised the same target to produce these predictions, so this cannot refuse now.
                throw new IllegalStateException(e);
            }
        });
    }

    /** The threshold in force against the best-F1 one, on validation predictions: O(log n), for every slider step. */
    ThresholdTuning tuningAt(double threshold) {
        return new ThresholdTuning(validation.at(ThresholdTuning.DEFAULT_THRESHOLD), validation.at(threshold), bestF1);
    }

    /** The confusion matrix, the comparisons and the confidence at {@code threshold}: O(n * features). */
    ErrorAnalysis at(double threshold) {
        ConfusionMatrix matrix = ConfusionMatrix.at(predictions, threshold);
        return new ErrorAnalysis(matrix, FeatureComparison.missedPositives(data.features(), matrix),
                FeatureComparison.falseAlarms(data.features(), matrix),
                ErrorConfidence.of(matrix, ErrorConfidence.DEFAULT_BINS, ErrorConfidence.DEFAULT_MARGIN),
                sweep, tuningAt(threshold), calibration);
    }
}
