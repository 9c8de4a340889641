package dev.ladderbench.app.errors;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.finding.Finding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Optional;

/**
 * The Threshold step: a slider that moves the threshold and live-updates the matrix, precision, recall
 * and F1 (one O(log n) look-up per step, no model refitted), the suggested thresholds, ROC and
 * precision-recall curves with the operating point, and the calibration of the probabilities.
 */
public final class ThresholdView extends AnalysisStep {

    private final VBox box = new VBox(8);
    private final StackPane curves = new StackPane();
    private final StackPane untuned = new StackPane();
    private final VBox calibration = new VBox(6);
    private final Label untunedTitle = new Label();
    private final Label untunedDetail = new Label();
    private final VBox untunedBanner = new VBox(4, untunedTitle, untunedDetail);
    private final Label tunedNote = Figures.note("");
    private CurveCharts.Marked roc;
    private CurveCharts.Marked pr;

    public ThresholdView(ErrorsViewModel model) {
        super(model, "threshold-view", "Threshold: where to cut, and what the probabilities mean");
        box.getStyleClass().add("threshold-figures");
        untuned.setAlignment(Pos.TOP_LEFT);
        box.getChildren().add(Figures.note("Thresholds are chosen on validation predictions: out-of-fold, every row"
                + " scored by a fold model that never saw it; never on a test split, whose figures would then flatter."));

        Slider slider = new Slider(0, 1, model.thresholdProperty().get());
        slider.setId("threshold-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(0.1);
        slider.setBlockIncrement(0.01);
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label();
        value.setId("threshold-value");
        value.getStyleClass().add(Styles.TEXT_BOLD);
        value.setMinWidth(60);
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.3f",
                model.thresholdProperty().get()), model.thresholdProperty()));
        HBox sliderRow = new HBox(10, new Label("Threshold"), slider, value);
        sliderRow.setAlignment(Pos.CENTER_LEFT);

        box.getChildren().addAll(sliderRow, Figures.tiles(
                liveTile("precision", c -> Figures.auc(c.precision()), "figure-precision"),
                liveTile("recall", c -> Figures.auc(c.recall()), "figure-recall"),
                liveTile("F1", c -> Figures.auc(c.f1()), "figure-f1"),
                liveTile("false negatives (of positives)", c -> Figures.count(c.falseNegatives()) + " · "
                        + Figures.percent(c.falseNegativeRate()), "figure-fn"),
                liveTile("false positives (of negatives)", c -> Figures.count(c.falsePositives()) + " · "
                        + Figures.percent(c.falsePositiveRate()), "figure-fp")),
                Figures.heading("Suggested thresholds"), suggestions(), untuned);
        VBox matrix = Figures.titled(new ConfusionHeatmap(model), "confusion-matrix");
        matrix.setPrefWidth(Region.USE_COMPUTED_SIZE); // the matrix keeps its size; the curves share the rest
        matrix.setMinWidth(Region.USE_PREF_SIZE);
        HBox matrixRow = new HBox(16, matrix, curves);
        HBox.setHgrow(curves, Priority.ALWAYS);
        box.getChildren().addAll(Figures.heading("Confusion matrix, ROC and precision-recall at the threshold"),
                matrixRow, Figures.heading("Calibration", "reliability-chart"), calibration);

        model.modelProperty().addListener(observable -> invalidate());
        model.countsProperty().addListener(observable -> movePoints());
        model.tuningProperty().addListener(observable -> showTuning());
        untunedTitle.getStyleClass().add(Styles.TEXT_BOLD);
        untunedDetail.setWrapText(true);
        untunedBanner.getStyleClass().add("stale-banner");
        untunedBanner.setId("threshold-untuned");
        tunedNote.setId("threshold-tuned");
        showTuning();
    }

    private FlowPane suggestions() {
        Spinner<Double> recall = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05, 1, 0.9, 0.05));
        recall.setId("target-recall");
        recall.setEditable(true);
        recall.setPrefWidth(90);
        recall.getValueFactory().valueProperty().addListener((o, was, now) -> model.targetRecallProperty().set(now));
        Spinner<Double> cost = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 100, 5, 0.5));
        cost.setId("cost-ratio");
        cost.setEditable(true);
        cost.setPrefWidth(90);
        cost.getValueFactory().valueProperty().addListener((o, was, now) -> model.costRatioProperty().set(now));
        FlowPane row = new FlowPane(10, 8,
                button("Max F1", "suggest-max-f1", model::suggestMaxF1),
                button("Youden's J", "suggest-youden", model::suggestYoudenJ),
                new HBox(4, button("Recall at least", "suggest-recall", model::suggestTargetRecall), recall),
                new HBox(4, button("Cost FN : FP =", "suggest-cost", model::suggestCostRatio), cost, new Label(": 1")));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().forEach(node -> {
            if (node instanceof HBox pair) {
                pair.setAlignment(Pos.CENTER_LEFT);
            }
        });
        return row;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    @Override
    protected Node figures() {
        AnalysedModel analysed = model.modelProperty().get();
        if (analysed == null) {
            return box;
        }
        roc = CurveCharts.roc(analysed.sweep());
        pr = CurveCharts.precisionRecall(analysed.sweep(), analysed.data().prevalence());
        VBox rocBox = Figures.titled(roc.chart(), "roc-chart");
        VBox prBox = Figures.titled(pr.chart(), "pr-chart");
        HBox pair = new HBox(12, rocBox, prBox);
        HBox.setHgrow(rocBox, Priority.ALWAYS);
        HBox.setHgrow(prBox, Priority.ALWAYS);
        curves.getChildren().setAll(pair);
        movePoints();

        var reliability = CurveCharts.reliability(analysed.calibration());
        reliability.setPrefWidth(520);
        reliability.setMaxWidth(640);
        Label note = Figures.note(CalibrationNote.of(analysed.calibration()));
        note.setId("calibration-note");
        calibration.getChildren().setAll(Figures.tiles(Figures.tile("Brier score (0 is perfect)",
                Figures.auc(analysed.calibration().brierScore()), "figure-brier")), note, reliability);
        return box;
    }

    /**
     * {@code threshold-untuned} against the slider's threshold, live: it judges the threshold in force, so
     * moving to a suggestion near the best F1 clears it. Two labels change text; nothing is rebuilt.
     */
    private void showTuning() {
        ThresholdTuning tuning = model.tuningProperty().get();
        AnalysedModel analysed = model.modelProperty().get();
        if (tuning == null || analysed == null) {
            untuned.getChildren().clear();
            return;
        }
        Optional<Finding> finding = tuning.finding(analysed.rung());
        if (finding.isPresent()) {
            untunedTitle.setText(finding.get().code().id() + " · " + String.format(Locale.ROOT, "the threshold %.3f"
                    + " is far from the best one", tuning.inForce().threshold()));
            untunedDetail.setText(finding.get().detail() + " Use Max F1, or the threshold your costs call for.");
            setChild(untunedBanner);
        } else {
            tunedNote.setText(String.format(Locale.ROOT, "The threshold %.3f is close enough to the best-F1 threshold"
                            + " on validation predictions (%.3f, F1 %.3f against %.3f here).", tuning.inForce().threshold(),
                    tuning.bestF1().threshold(), tuning.bestF1().f1(), tuning.inForce().f1()));
            setChild(tunedNote);
        }
    }

    private void setChild(Node shown) {
        if (untuned.getChildren().size() != 1 || untuned.getChildren().get(0) != shown) {
            untuned.getChildren().setAll(shown);
        }
    }

    /** Moves the operating points to the live counts: two data points, nothing else is redrawn. */
    private void movePoints() {
        ConfusionCounts counts = model.countsProperty().get();
        if (counts == null || roc == null) {
            return;
        }
        roc.point().setXValue(counts.falsePositiveRate());
        roc.point().setYValue(counts.recall());
        pr.point().setXValue(counts.recall());
        pr.point().setYValue(counts.truePositives() + counts.falsePositives() == 0 ? 1 : counts.precision());
    }
}
