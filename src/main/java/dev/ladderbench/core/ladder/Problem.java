package dev.ladderbench.core.ladder;

import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.TargetAnalyzer;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.eval.Folds;
import dev.ladderbench.core.eval.StratifiedFolds;
import dev.ladderbench.core.model.ModelData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LadderRequest} resolved into what the rungs model: the task, the positive class and the
 * binary views of the data with their folds.
 *
 * <p>A binary target, or a multiclass one with a chosen positive class, has one view (one-vs-rest). A
 * multiclass target without a chosen class has one view per class, and the model rungs average the
 * per-class scores fold by fold (macro one-vs-rest AUC). A regression target has no views.
 *
 * @param positiveLabel the positive class, empty for a macro one-vs-rest run or a regression target
 * @param views         one binary problem per positive class, all sharing the same labelled rows
 * @param folds         folds over the modelled rows, stratified by class; empty for regression
 * @param rows          the labelled rows the views hold: all, or the sample the settings cap them to
 */
record Problem(LadderRequest request, TargetSummary target, boolean regression, String positiveLabel,
               List<ModelData> views, Optional<Folds> folds, ModelRows rows) {

    Problem {
        views = List.copyOf(views);
    }

    static Problem of(LadderRequest request) throws InvalidInputException {
        var dataset = request.dataset();
        TargetSummary target = TargetAnalyzer.summarize(dataset, request.target());
        if (isRegression(request, target)) {
            int labelled = dataset.rowCount() - target.missing();
            return new Problem(request, target, true, "", List.of(), Optional.empty(),
                    ModelRows.all(labelled, request.settings().seed()));
        }
        boolean macro = target.task() == Task.MULTICLASS && request.positiveLabel().isEmpty();
        String positive = request.positiveLabel().orElse(target.defaultPositive());
        if (!target.labels().contains(positive)) {
            throw new InvalidInputException(dataset.source(), "The positive class '" + positive + "' does not occur in"
                    + " the target column '" + target.column() + "' of " + dataset.name() + "; choose one of "
                    + String.join(", ", target.labels()) + ".");
        }
        List<String> positives = macro ? target.labels() : List.of(positive);
        List<ModelData> all = new ArrayList<>();
        try {
            for (String label : positives) {
                all.add(ModelData.of(dataset, target.column(), label, request.excluded()));
            }
            List<ModelData> views = ModelSample.sampled(all, macro ? classCodes(all) : all.get(0).y(),
                    request.settings());
            ModelRows rows = new ModelRows(views.get(0).size(), all.get(0).size(), request.settings().seed());
            int folds = request.settings().folds();
            int[] strata = macro ? classCodes(views) : views.get(0).y();
            Folds assignment = switch (request.settings().cv()) {
                case ORDERED -> StratifiedFolds.ordered(strata, folds);
                case SHUFFLED -> StratifiedFolds.shuffled(strata, folds, request.settings().seed());
            };
            return new Problem(request, target, false, macro ? "" : positive, views, Optional.of(assignment), rows);
        } catch (IllegalArgumentException e) {
            // Both refusals (no feature left, a class too small for the folds) are already one plain sentence.
            throw new InvalidInputException(dataset.source(), dataset.name() + ", target '" + target.column() + "': "
                    + e.getMessage(), false, e);
        }
    }

    /**
     * TargetAnalyzer's verdict, tightened by the threshold in force: a numeric target with more classes
     * than {@link Thresholds#maxNumericClasses()} is a regression target too.
     */
    private static boolean isRegression(LadderRequest request, TargetSummary target) {
        Column column = request.dataset().column(target.column()).orElseThrow();
        return target.task() == Task.REGRESSION || column instanceof NumericColumn
                && target.classCounts().size() > request.settings().thresholds().maxNumericClasses();
    }

    /** The class of each labelled row as the index of the view in which it is positive. */
    private static int[] classCodes(List<ModelData> views) {
        int[] codes = new int[views.get(0).size()];
        for (int c = 0; c < views.size(); c++) {
            int[] y = views.get(c).y();
            for (int i = 0; i < y.length; i++) {
                if (y[i] == 1) {
                    codes[i] = c;
                }
            }
        }
        return codes;
    }

    boolean macro() {
        return views.size() > 1;
    }

    Folds requireFolds() {
        return folds.orElseThrow(() -> new IllegalStateException("A regression target has no folds"));
    }

    /** The share of the rarest class among labelled rows, in the problem as modelled. */
    double minorityShare() {
        if (macro()) {
            return views.stream().mapToDouble(ModelData::prevalence).min().orElseThrow();
        }
        double prevalence = views.get(0).prevalence();
        return Math.min(prevalence, 1 - prevalence);
    }

    /** The positive share (macro: the mean over classes, which is what a dummy's macro PR-AUC equals). */
    double prevalence() {
        return views.stream().mapToDouble(ModelData::prevalence).average().orElse(Double.NaN);
    }

    Thresholds thresholds() {
        return request.settings().thresholds();
    }
}
