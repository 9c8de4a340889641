package dev.ladderbench.app.errors;

import dev.ladderbench.app.Step;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorAnalysis;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.analysis.ThresholdSweep;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The Errors and Threshold steps' state: which model's predictions are analysed (the forest by default)
 * and which predictions (out-of-fold by default, or the article's stratified holdout), the threshold both
 * steps share, the counts at it and at 0.5 and {@code threshold-untuned} against it (live: a slider step
 * is a few O(log n) look-ups), the full analysis at it (computed in the background, newest wins), the
 * listed cell (its rows gathered in the background), the feature comparison shown and the distributions
 * of the clicked feature. Use it from the FX thread.
 */
public final class ErrorsViewModel {

    static final String RUN_FIRST = "Run 3 Forest (or 2 Linear) first";

    private final LadderViewModel ladder;
    private final ObjectProperty<RungId> modelRung = new SimpleObjectProperty<>(this, "modelRung", RungId.FOREST);
    private final ObjectProperty<PredictionSource> source = new SimpleObjectProperty<>(this, "source",
            PredictionSource.OUT_OF_FOLD);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private final DoubleProperty targetRecall = new SimpleDoubleProperty(this, "targetRecall", 0.9);
    private final DoubleProperty costRatio = new SimpleDoubleProperty(this, "costRatio", 5);
    private final ObjectProperty<Outcome> selectedCell = new SimpleObjectProperty<>(this, "selectedCell");
    private final BooleanProperty falseAlarms = new SimpleBooleanProperty(this, "falseAlarms");
    private final ObjectProperty<FeatureContrast> selectedContrast = new SimpleObjectProperty<>(this, "selectedContrast");
    private final ReadOnlyObjectWrapper<AnalysedModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<ConfusionCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyObjectWrapper<ConfusionCounts> countsAtDefault = new ReadOnlyObjectWrapper<>(this,
            "countsAtDefault");
    private final ReadOnlyObjectWrapper<ThresholdTuning> tuning = new ReadOnlyObjectWrapper<>(this, "tuning");
    private final ReadOnlyObjectWrapper<ErrorAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<ErrorReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<FeatureDistribution> distribution = new ReadOnlyObjectWrapper<>(this, "distribution");
    private static final Logger LOG = LoggerFactory.getLogger(ErrorsViewModel.class);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", RUN_FIRST);
    private final ReadOnlyStringWrapper lockReason = new ReadOnlyStringWrapper(this, "lockReason", RUN_FIRST);
    private final ObservableList<Integer> cellRows = FXCollections.observableArrayList();
    private final ObservableList<Integer> cellRowsView = FXCollections.unmodifiableObservableList(cellRows);
    private final LatestOnly modelWork = new LatestOnly();
    private final LatestOnly analysisWork = new LatestOnly();
    private final LatestOnly distributionWork = new LatestOnly();
    private final LatestOnly cellWork = new LatestOnly();
    /** The predictions being analysed or about to be: a rung result that did not change needs no new analysis. */
    private Predictions analysing;
    private PredictionSource analysingSource;
    /** Stops a holdout fit whose result is no longer wanted. */
    private CancellationToken fitting = CancellationToken.none();

    public ErrorsViewModel(LadderViewModel ladder) {
        this.ladder = ladder;
        for (RungId id : new RungId[]{RungId.LINEAR, RungId.FOREST}) {
            ladder.rung(id).stateProperty().addListener(observable -> refresh());
            ladder.rung(id).resultProperty().addListener(observable -> refresh());
        }
        modelRung.addListener(observable -> refresh());
        source.addListener(observable -> refresh());
        threshold.addListener(observable -> thresholdMoved());
        analysis.addListener(observable -> {
            listCell();
            showDistribution();
        });
        selectedCell.addListener(observable -> listCell());
        falseAlarms.addListener(observable -> selectedContrast.set(null));
        selectedContrast.addListener(observable -> showDistribution());
        ladder.gate(Step.ERRORS, lockReason);
        ladder.gate(Step.THRESHOLD, lockReason);
        refresh();
    }

    /** Sets the threshold to a suggestion; a suggestion of "nothing positive" (+Infinity) is the slider's top. */
    public void suggest(Function<ThresholdSweep, ConfusionCounts> suggestion) {
        AnalysedModel current = model.get();
        if (current != null) {
            threshold.set(Math.min(1, suggestion.apply(current.validation()).threshold()));
        }
    }

    public void suggestMaxF1() {
        suggest(ThresholdSweep::maxF1);
    }

    public void suggestYoudenJ() {
        suggest(ThresholdSweep::maxYoudenJ);
    }

    public void suggestTargetRecall() {
        suggest(sweep -> sweep.forRecall(targetRecall.get()));
    }

    public void suggestCostRatio() {
        suggest(sweep -> sweep.minCost(costRatio.get()));
    }

    private void refresh() {
        boolean anyPredictions = predictionsOf(ladder.rung(RungId.LINEAR).resultProperty().get()).isPresent()
                || predictionsOf(ladder.rung(RungId.FOREST).resultProperty().get()).isPresent();
        // Like a rung, the step stays selectable once it had something to show; stale results show a banner.
        lockReason.set(anyPredictions ? "" : RUN_FIRST);
        Rung rung = ladder.rung(modelRung.get());
        RungResult current = rung.currentResult();
        Optional<Predictions> predictions = predictionsOf(current);
        if (predictions.isEmpty()) {
            clear();
            placeholder.set(why(rung, current));
            return;
        }
        if (predictions.get() == analysing && source.get() == analysingSource) {
            return;
        }
        clear();
        analysing = predictions.get();
        analysingSource = source.get();
        placeholder.set(analysingSource == PredictionSource.HOLDOUT
                ? "Fitting " + rung.id().label() + " on a stratified 80 % of the rows to score the other 20 %…"
                : "Analysing the out-of-fold predictions of " + rung.id().label() + "…");
        RungId id = rung.id();
        LadderRequest request = rung.request();
        Predictions scored = predictions.get();
        PredictionSource from = analysingSource;
        CancellationToken cancel = new CancellationToken();
        fitting = cancel;
        modelWork.compute(() -> AnalysedModel.of(id, request, from, scored, cancel), analysed -> {
            if (analysed.isEmpty()) {
                placeholder.set(ErrorStep.TOO_FEW_TO_HOLD_OUT);
                return;
            }
            model.set(analysed.get());
            countsAtDefault.set(analysed.get().sweep().at(ThresholdTuning.DEFAULT_THRESHOLD));
            placeholder.set("");
            thresholdMoved();
        }, thrown -> failed(id, request, thrown));
    }

    /** The analysis could not be made: says why in the step's placeholder; choosing the model again retries. */
    private void failed(RungId rung, LadderRequest request, Throwable thrown) {
        analysing = null;
        String what = "The error analysis of " + rung.label();
        if (thrown instanceof OutOfMemoryError) {
            // Its holdout fit and sweeps went with the work; one model fitted at once, on the rungs' sample.
            LOG.warn("{} ran out of memory", what, thrown);
            placeholder.set(HeapModel.ofThisJvm().ranOut(what, request.dataset(),
                    HeapModel.climbBytes(request.dataset(), request.settings().sampleRows(), 1)));
        } else {
            LOG.error("{} failed", what, thrown);
            placeholder.set(what + " could not be made because of an unexpected error; the log has the details.");
        }
    }

    private void clear() {
        analysing = null;
        analysingSource = null;
        fitting.cancel();
        modelWork.drop();
        cellWork.drop();
        analysisWork.drop();
        distributionWork.drop();
        model.set(null);
        counts.set(null);
        countsAtDefault.set(null);
        tuning.set(null);
        report.set(null);
        analysis.set(null);
        distribution.set(null);
        selectedContrast.set(null);
    }

    private String why(Rung rung, RungResult current) {
        String label = rung.id().label();
        if (current != null) {
            return label + " has no out-of-fold predictions to analyse: a multiclass target is scored one-vs-rest."
                    + " Choose a positive class on the left and re-run it.";
        }
        RungId other = rung.id() == RungId.FOREST ? RungId.LINEAR : RungId.FOREST;
        boolean otherReady = predictionsOf(ladder.rung(other).currentResult()).isPresent();
        return switch (rung.state()) {
            case RUNNING -> label + " is running…";
            case STALE -> "The settings changed: re-run " + label + " to analyse its errors again.";
            default -> otherReady ? "Run " + label + " first, or analyse " + other.label() + " instead." : RUN_FIRST;
        };
    }

    private static Optional<Predictions> predictionsOf(RungResult result) {
        return result == null ? Optional.empty() : result.model().flatMap(figures -> figures.outOfFold());
    }

    private void thresholdMoved() {
        AnalysedModel current = model.get();
        if (current == null) {
            return;
        }
        double at = threshold.get();
        counts.set(current.sweep().at(at));
        tuning.set(current.tuningAt(at));
        // The report's suggestions sweep every threshold (O(n)): they are computed beside the analysis, off the
        // FX thread, and set first so that whoever reacts to the analysis finds the report that goes with it.
        analysisWork.compute(() -> {
            ErrorAnalysis computed = current.at(at);
            return new Analysed(computed, current.report(computed));
        }, analysed -> {
            report.set(analysed.report());
            analysis.set(analysed.analysis());
        });
    }

    private record Analysed(ErrorAnalysis analysis, ErrorReport report) {
    }

    private void listCell() {
        ErrorAnalysis current = analysis.get();
        Outcome cell = selectedCell.get();
        if (current == null || cell == null) {
            cellWork.drop();
            cellRows.clear();
            return;
        }
        // A cell may hold 100,000 rows: gather and box them off the FX thread, which then only copies the list.
        cellWork.compute(() -> IntStream.of(current.matrix().rows(cell)).boxed().toList(), cellRows::setAll);
    }

    private void showDistribution() {
        ErrorAnalysis current = analysis.get();
        FeatureContrast contrast = selectedContrast.get();
        AnalysedModel analysed = model.get();
        if (current == null || contrast == null || analysed == null) {
            distributionWork.drop();
            distribution.set(null);
            return;
        }
        FeatureComparison comparison = comparison(current);
        distributionWork.compute(() -> FeatureDistribution.of(analysed.data().dataset(), contrast.feature(),
                current.matrix(), comparison), distribution::set);
    }

    /** The comparison shown: missed positives, or false alarms when toggled. */
    FeatureComparison comparison(ErrorAnalysis current) {
        return falseAlarms.get() ? current.falseAlarms() : current.missedPositives();
    }

    /** The model whose predictions are analysed: {@link RungId#FOREST} (default) or {@link RungId#LINEAR}. */
    public ObjectProperty<RungId> modelRungProperty() {
        return modelRung;
    }

    /** Which predictions are analysed: out-of-fold (default) or the stratified holdout of the article. */
    public ObjectProperty<PredictionSource> sourceProperty() {
        return source;
    }

    /** Rows scored at or above it are predicted positive; shared by the Errors and Threshold steps. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public DoubleProperty targetRecallProperty() {
        return targetRecall;
    }

    /** How many false positives one false negative costs. */
    public DoubleProperty costRatioProperty() {
        return costRatio;
    }

    /** The cell whose rows are listed; null for none. */
    public ObjectProperty<Outcome> selectedCellProperty() {
        return selectedCell;
    }

    /** Whether the comparison shows true negatives against false positives rather than caught against missed positives. */
    public BooleanProperty falseAlarmsProperty() {
        return falseAlarms;
    }

    /** The feature (or level) whose distributions are overlaid; null for none. */
    public ObjectProperty<FeatureContrast> selectedContrastProperty() {
        return selectedContrast;
    }

    /** The predictions analysed, with the sweep and calibration; null while there are none (or being built). */
    public ReadOnlyObjectProperty<AnalysedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The counts at the threshold, updated on every slider step; null without a model. */
    public ReadOnlyObjectProperty<ConfusionCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The counts at the article's 0.5 on the analysed predictions, shown beside the live ones; null without a model. */
    public ReadOnlyObjectProperty<ConfusionCounts> countsAtDefaultProperty() {
        return countsAtDefault.getReadOnlyProperty();
    }

    /** The threshold in force against the best-F1 one on validation predictions, live; null without a model. */
    public ReadOnlyObjectProperty<ThresholdTuning> tuningProperty() {
        return tuning.getReadOnlyProperty();
    }

    /** The analysis at the threshold with the suggestions and AUCs, as a report holds it; null without an analysis. */
    public ReadOnlyObjectProperty<ErrorReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The whole analysis at the threshold; it may trail the counts by a background computation. */
    public ReadOnlyObjectProperty<ErrorAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FeatureDistribution> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    /** Why there is nothing to show, one sentence; empty once the analysis is there. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Why the Errors and Threshold steps are locked; empty once a model rung produced predictions. */
    public ReadOnlyStringProperty lockReasonProperty() {
        return lockReason.getReadOnlyProperty();
    }

    /** The rows of the selected cell, as indices into the predictions, at the analysis's threshold. */
    public ObservableList<Integer> cellRows() {
        return cellRowsView;
    }
}
