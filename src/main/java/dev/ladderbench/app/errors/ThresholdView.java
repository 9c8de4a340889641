package dev.ladderbench.app.errors;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.finding.Finding;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

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
                Figures.tile("precision", live(c -> Figures.auc(c.precision())), "figure-precision"),
                Figures.tile("recall", live(c -> Figures.auc(c.recall())), "figure-recall"),
                Figures.tile("F1", live(c -> Figures.auc(c.f1())), "figure-f1"),
                Figures.tile("false negatives", live(c -> Figures.count(c.falseNegatives())), "figure-fn"),
                Figures.tile("false positives", live(c -> Figures.count(c.falsePositives())), "figure-fp")),
                Figures.heading("Suggested thresholds"), suggestions(), untuned);
        HBox matrixRow = new HBox(16, new ConfusionHeatmap(model), curves);
        HBox.setHgrow(curves, Priority.ALWAYS);
        box.getChildren().addAll(Figures.heading("Confusion matrix, ROC and precision-recall at the threshold"),
                matrixRow, Figures.heading("Calibration"), calibration);

        model.modelProperty().addListener(observable -> invalidate());
        model.countsProperty().addListener(observable -> movePoints());
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

    private ObservableStringValue live(Function<ConfusionCounts, String> text) {
        return Bindings.createStringBinding(() -> model.countsProperty().get() == null ? "–"
                : text.apply(model.countsProperty().get()), model.countsProperty());
    }

    @Override
    protected Node figures() {
        AnalysedModel analysed = model.modelProperty().get();
        if (analysed == null) {
            return box;
        }
        roc = CurveCharts.roc(analysed.sweep());
        pr = CurveCharts.precisionRecall(analysed.sweep(), analysed.data().prevalence());
        HBox pair = new HBox(12, roc.chart(), pr.chart());
        HBox.setHgrow(roc.chart(), Priority.ALWAYS);
        HBox.setHgrow(pr.chart(), Priority.ALWAYS);
        curves.getChildren().setAll(pair);
        movePoints();

        Optional<Finding> finding = analysed.tuning().finding(analysed.rung());
        untuned.getChildren().setAll(finding.<Node>map(this::untunedBox).orElseGet(() -> Figures.note(String.format(
                Locale.ROOT, "The default 0.5 is close enough to the best-F1 threshold (%.3f, F1 %.3f against %.3f"
                        + " at 0.5).", analysed.tuning().bestF1().threshold(), analysed.tuning().bestF1().f1(),
                analysed.tuning().atDefault().f1()))));

        var reliability = CurveCharts.reliability(analysed.calibration());
        reliability.setPrefWidth(520);
        reliability.setMaxWidth(640);
        Label note = Figures.note(CalibrationNote.of(analysed.calibration()));
        note.setId("calibration-note");
        calibration.getChildren().setAll(Figures.tiles(Figures.tile("Brier score (0 is perfect)",
                Figures.auc(analysed.calibration().brierScore()), "figure-brier")), note, reliability);
        return box;
    }

    private Node untunedBox(Finding finding) {
        Label title = new Label(finding.code().id() + " · the default 0.5 threshold is not tuned");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label detail = new Label(finding.detail() + " Use Max F1, or the threshold your costs call for.");
        detail.setWrapText(true);
        VBox banner = new VBox(4, title, detail);
        banner.getStyleClass().add("stale-banner");
        banner.setId("threshold-untuned");
        return banner;
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
