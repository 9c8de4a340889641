package dev.ladderbench.app.errors;

import dev.ladderbench.core.analysis.Calibration;
import dev.ladderbench.core.analysis.ConfusionMatrix;
import dev.ladderbench.core.analysis.ErrorAnalysis;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.analysis.ThresholdSuggestions;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.analysis.ThresholdSweep;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.eval.AveragePrecision;
import dev.ladderbench.core.eval.RocAuc;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.model.ModelData;

import java.util.stream.IntStream;

/**
 * One model rung's out-of-fold predictions with what does not depend on the threshold (the sweep, the
 * tuning, the calibration), computed once; {@link #at} adds the rest for one threshold. Immutable.
 *
 * @param data the labelled rows and features the ladder modelled, rebuilt from the rung's request
 */
public record AnalysedModel(RungId rung, ModelData data, Predictions predictions, ThresholdSweep sweep,
                     ThresholdTuning tuning, Calibration calibration, ThresholdSuggestions suggestions,
                     Thresholds limits, double rocAuc, double averagePrecision) {

    /** O(n log n): reads the target once and sorts the scores. Off the FX thread. */
    static AnalysedModel of(RungId rung, LadderRequest request, Predictions predictions) {
        ModelData data = ModelData.of(request.dataset(), request.target(), positiveLabel(request), request.excluded());
        ThresholdSweep sweep = ThresholdSweep.of(predictions);
        int[] truth = IntStream.range(0, predictions.size()).map(predictions::truth).toArray();
        double[] scores = IntStream.range(0, predictions.size()).mapToDouble(predictions::probability).toArray();
        return new AnalysedModel(rung, data, predictions, sweep, ThresholdTuning.of(sweep),
                Calibration.of(predictions, Calibration.DEFAULT_BINS), ThresholdSuggestions.of(sweep),
                request.settings().thresholds(), RocAuc.of(truth, scores), AveragePrecision.of(truth, scores));
    }

    /** The error step's result at one threshold, as the command line would report it (for the checklist). */
    ErrorReport report(ErrorAnalysis analysis) {
        return new ErrorReport(rung, PredictionSource.OUT_OF_FOLD, analysis, rocAuc, averagePrecision, suggestions,
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

    /** The confusion matrix, the comparisons and the confidence at {@code threshold}: O(n * features). */
    ErrorAnalysis at(double threshold) {
        ConfusionMatrix matrix = ConfusionMatrix.at(predictions, threshold);
        return new ErrorAnalysis(matrix, FeatureComparison.missedPositives(data.features(), matrix),
                FeatureComparison.falseAlarms(data.features(), matrix),
                ErrorConfidence.of(matrix, ErrorConfidence.DEFAULT_BINS, ErrorConfidence.DEFAULT_MARGIN),
                sweep, tuning, calibration);
    }
}
