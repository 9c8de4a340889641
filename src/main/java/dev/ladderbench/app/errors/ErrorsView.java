package dev.ladderbench.app.errors;

import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorAnalysis;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.PredictionSource;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Errors step: the confusion matrix at the threshold (click a cell to list its rows), the false
 * negative and false positive rates, what differs between the errors and the rows the model gets right,
 * and how confident the errors were.
 */
public final class ErrorsView extends AnalysisStep {

    private final VBox box = new VBox(8);
    private final StackPane comparison = new StackPane();
    private final StackPane distribution = new StackPane();
    private final VBox confidence = new VBox(8);
    private final Label comparisonNote = Figures.note("");
    private final CellRowsTable rows;

    public ErrorsView(ErrorsViewModel model) {
        super(model, "errors-view", "Errors: what the model gets wrong, and why");
        box.getStyleClass().add("error-figures");
        Label about = Figures.note("");
        about.setId("errors-about");
        about.textProperty().bind(Bindings.createStringBinding(() -> about(model.modelProperty().get()),
                model.modelProperty()));
        box.getChildren().addAll(about, Figures.tiles(
                Figures.tile("threshold", live(c -> String.format(Locale.ROOT, "%.3f", c.threshold())), "figure-threshold"),
                liveTile("false negatives (of positives)", c -> Figures.count(c.falseNegatives()) + " · "
                        + Figures.percent(c.falseNegativeRate()), "figure-fn"),
                liveTile("false positives (of negatives)", c -> Figures.count(c.falsePositives()) + " · "
                        + Figures.percent(c.falsePositiveRate()), "figure-fp"),
                liveTile("precision", c -> Figures.auc(c.precision()), "figure-precision"),
                liveTile("recall", c -> Figures.auc(c.recall()), "figure-recall"),
                liveTile("F1", c -> Figures.auc(c.f1()), "figure-f1")));
        rows = new CellRowsTable(model);
        box.getChildren().addAll(Figures.heading("Confusion matrix", "confusion-matrix"), new ConfusionHeatmap(model), rows);

        ToggleButton missed = new ToggleButton("Missed positives (FN vs TP)");
        missed.setId("compare-missed");
        ToggleButton alarms = new ToggleButton("False alarms (FP vs TN)");
        alarms.setId("compare-false-alarms");
        missed.setSelected(true);
        SegmentedButton toggle = new SegmentedButton(missed, alarms);
        alarms.selectedProperty().bindBidirectional(model.falseAlarmsProperty());
        toggle.getToggleGroup().selectedToggleProperty().addListener((observable, previous, now) -> {
            if (now == null) {
                previous.setSelected(true);
            }
        });
        comparison.setMinHeight(0);
        box.getChildren().addAll(Figures.heading("What differs in the errors", "contrast-chart"), toggle, comparisonNote, comparison,
                distribution);
        box.getChildren().addAll(Figures.heading("How confident the errors were"), confidence);

        model.analysisProperty().addListener(observable -> invalidate());
        model.falseAlarmsProperty().addListener(observable -> invalidate());
        model.distributionProperty().addListener(observable -> showDistribution());
    }

    private static String about(AnalysedModel analysed) {
        if (analysed == null) {
            return "";
        }
        String rung = analysed.rung().label();
        return (analysed.source() == PredictionSource.HOLDOUT
                ? String.format(Locale.ROOT, "Holdout predictions of %s: refitted on a stratified 80 %% of the rows"
                        + " (the ladder's seed) and scored on the other %,d rows, as the article does.", rung,
                        analysed.predictions().size())
                : "Out-of-fold predictions of " + rung + ": every row is scored by the fold model that never saw it.")
                + " Move the threshold on the Threshold step.";
    }

    /** What Export CSV… writes once a file is chosen: the listed rows, as sorted, under a header. */
    public void exportListedRows(Path file) throws IOException {
        rows.export(file);
    }

    private ObservableStringValue live(Function<ConfusionCounts, String> text) {
        return Bindings.createStringBinding(() -> model.countsProperty().get() == null ? "–"
                : text.apply(model.countsProperty().get()), model.countsProperty());
    }

    @Override
    protected Node figures() {
        ErrorAnalysis analysis = model.analysisProperty().get();
        if (analysis == null) {
            comparison.getChildren().setAll(Figures.note("Analysing…"));
            confidence.getChildren().clear();
            return box;
        }
        FeatureComparison shown = model.comparison(analysis);
        boolean alarms = shown.errors() == Outcome.FALSE_POSITIVE;
        comparisonNote.setText((alarms ? "False positives against true negatives" : "Missed positives against caught"
                + " positives") + ", feature by feature: the error cell's mean minus the correct cell's, in the correct"
                + " cell's standard deviations (levels as shares). Red bars differ by more than 0.5 std. Click a bar"
                + " to overlay its two distributions.");
        comparison.getChildren().setAll(ErrorCharts.contrasts(shown, model.selectedContrastProperty()::set));
        showDistribution();
        showConfidence(analysis.confidence());
        return box;
    }

    private void showDistribution() {
        FeatureDistribution shown = model.distributionProperty().get();
        FeatureContrast contrast = model.selectedContrastProperty().get();
        if (shown == null || contrast == null) {
            distribution.getChildren().clear();
            return;
        }
        boolean alarms = model.falseAlarmsProperty().get();
        distribution.getChildren().setAll(new VBox(4, Figures.heading(contrast.feature() + ": "
                + (alarms ? "true negatives against false positives" : "caught against missed positives"),
                        "distribution-chart"),
                ErrorCharts.distribution(shown, alarms ? "true negatives" : "caught positives",
                        alarms ? "false positives" : "missed positives")));
    }

    private void showConfidence(ErrorConfidence errors) {
        var fn = errors.of(Outcome.FALSE_NEGATIVE);
        var fp = errors.of(Outcome.FALSE_POSITIVE);
        Node tiles = Figures.tiles(
                Figures.tile("mean p of false negatives", Figures.auc(fn.meanProbability()), "figure-fn-confidence"),
                Figures.tile("mean p of false positives", Figures.auc(fp.meanProbability()), "figure-fp-confidence"),
                Figures.tile("low-confidence errors: more data may help", Figures.count(errors.lowConfidenceErrors()),
                        "figure-low-confidence"),
                Figures.tile("high-confidence errors: investigate", Figures.count(errors.highConfidenceErrors()),
                        "figure-high-confidence"));
        Label note = Figures.note(String.format(Locale.ROOT, "An error scored within %.2f of the threshold is"
                + " low-confidence: the model was unsure, and more data may help. Beyond that it is high-confidence:"
                + " the model was sure and wrong, a systematic mistake to investigate (look at its rows above).",
                errors.margin()));
        Node fnChart = Figures.titled(ErrorCharts.confidence("fn-confidence-chart", fn,
                errors.of(Outcome.TRUE_POSITIVE)), "fn-confidence-chart");
        Node fpChart = Figures.titled(ErrorCharts.confidence("fp-confidence-chart", fp,
                errors.of(Outcome.TRUE_NEGATIVE)), "fp-confidence-chart");
        HBox pair = new HBox(12, fnChart, fpChart);
        HBox.setHgrow(fnChart, Priority.ALWAYS);
        HBox.setHgrow(fpChart, Priority.ALWAYS);
        confidence.getChildren().setAll(tiles, note, pair);
    }
}
