package dev.ladderbench.core.analysis;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.eval.AveragePrecision;
import dev.ladderbench.core.eval.RocAuc;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelSample;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungPipelines;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.model.ModelData;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The step after rung 3: what one model rung gets wrong, and which threshold would serve it better.
 * It reuses the rung's out-of-fold predictions, so by default nothing is refitted; the holdout source
 * fits the rung's pipeline once more, on a stratified split.
 *
 * <p>Whatever the predictions analysed, the threshold suggestions and {@code threshold-untuned} come
 * from the out-of-fold predictions: a threshold chosen on the holdout rows would be judged on the
 * rows it was chosen on.
 */
public final class ErrorStep {

    /** The article's {@code train_test_split(test_size=0.2, stratify=y)}. */
    public static final double HOLDOUT_SHARE = 0.2;

    static final String NO_POSITIVE_CLASS = "Error analysis needs a positive class; this multiclass target was"
            + " climbed with a macro one-vs-rest AUC, which has none. Choose a positive class and climb again.";

    public static final String TOO_FEW_TO_HOLD_OUT = "A class has too few rows to hold out "
            + Math.round(HOLDOUT_SHARE * 100) + " % of them and still train on the rest; analyse the out-of-fold"
            + " predictions instead.";

    private ErrorStep() {
    }

    /**
     * @param result a climbed ladder; its request gives the data, the positive class, the seed and the limits
     */
    public static ErrorOutcome run(LadderResult result, ErrorSettings settings, ProgressListener progress,
                                   CancellationToken cancel) {
        cancel.throwIfCancelled();
        RungId model = settings.model();
        Optional<RungResult> rung = result.rungs().stream().filter(r -> r.id() == model).findFirst();
        if (rung.isEmpty() || rung.get().model().isEmpty()) {
            String needs = "Error analysis needs rung " + model.label() + ", which ";
            return ErrorOutcome.skipped(rung.flatMap(RungResult::skippedBecause)
                    .map(why -> needs + "was skipped: " + lowerFirst(why))
                    .orElse(needs + "has not been climbed."));
        }
        ModelFigures figures = rung.get().model().get();
        if (figures.outOfFold().isEmpty()) {
            return ErrorOutcome.skipped(NO_POSITIVE_CLASS);
        }
        Predictions outOfFold = figures.outOfFold().get();
        LadderRequest request = result.request();
        // The rows (the same sample) and 0/1 labels the ladder used, so positions index the same features.
        ModelData data = ModelSample.of(request, result.positiveLabel());
        Predictions predictions;
        if (settings.source() == PredictionSource.HOLDOUT) {
            progress.progress(-1, "Fitting the " + model.id() + " model on the training split");
            Optional<Predictions> holdout = holdout(data, model, request.settings(), cancel);
            if (holdout.isEmpty()) {
                return ErrorOutcome.skipped(TOO_FEW_TO_HOLD_OUT);
            }
            predictions = holdout.get();
        } else {
            predictions = outOfFold;
        }
        ErrorAnalysis analysis = ErrorAnalyzer.analyze(data, predictions, settings.threshold());
        ThresholdSweep validation = settings.source() == PredictionSource.OUT_OF_FOLD ? analysis.sweep()
                : ThresholdSweep.of(outOfFold);
        ThresholdSuggestions suggestions = ThresholdSuggestions.of(validation, settings.threshold());
        Optional<Finding> untuned = suggestions.tuning().finding(model, request.settings().thresholds());
        int[] truth = IntStream.range(0, predictions.size()).map(predictions::truth).toArray();
        double[] scores = IntStream.range(0, predictions.size()).mapToDouble(predictions::probability).toArray();
        return ErrorOutcome.ran(new ErrorReport(model, settings.source(), analysis, RocAuc.of(truth, scores),
                AveragePrecision.of(truth, scores), suggestions, untuned));
    }

    /**
     * The article's setting: the rung's pipeline fitted on a stratified 80 % (seeded) and scored on the other
     * 20 %; empty when a class is too small to leave rows on both sides ({@link #TOO_FEW_TO_HOLD_OUT}).
     */
    public static Optional<Predictions> holdout(ModelData data, RungId model, LadderSettings settings,
                                                CancellationToken cancel) {
        Optional<HoldoutSplit> split = split(data, settings.seed());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        cancel.throwIfCancelled();
        Predictions predictions = Predictions.holdout(data, RungPipelines.of(model, settings, cancel), split.get());
        cancel.throwIfCancelled();
        return Optional.of(predictions);
    }

    /** The stratified split, or empty when a class is too small to leave rows on both sides. */
    private static Optional<HoldoutSplit> split(ModelData data, long seed) {
        try {
            return Optional.of(HoldoutSplit.stratified(data.y(), HOLDOUT_SHARE, seed));
        } catch (IllegalArgumentException tooFew) {
            // The share is valid, so the split refused a class it cannot put on both sides.
            return Optional.empty();
        }
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
