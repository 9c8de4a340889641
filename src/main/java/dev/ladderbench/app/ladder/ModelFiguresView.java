package dev.ladderbench.app.ladder;

import dev.ladderbench.app.ZoomedHeight;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.model.FeatureWeight;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** A model rung's figures: the fold chart against the dummy, PR-AUC beside the prevalence, train vs validation, weights. */
final class ModelFiguresView {

    static final int TOP_WEIGHTS = 15;

    private ModelFiguresView() {
    }

    static Node of(RungId rung, ModelFigures figures) {
        VBox box = new VBox(8);
        box.getStyleClass().add("model-figures");
        FoldScores auc = figures.rocAuc();
        FoldScores train = figures.trainRocAuc();
        FoldScores precision = figures.averagePrecision();
        box.getChildren().add(Figures.note("Pipeline: " + figures.model()));
        if (figures.rows().sampled()) {
            box.getChildren().add(Figures.note("Cross-validated on " + figures.rows().describe()
                    + "; every figure here is from it."));
        }
        box.getChildren().add(Figures.tiles(
                Figures.tile("ROC AUC, mean ± std", Figures.auc(auc.mean()) + " ± " + Figures.auc(auc.std()), "figure-auc"),
                Figures.tile("dummy ROC AUC", Figures.auc(figures.baselineRocAuc()), "figure-baseline"),
                Figures.tile("PR-AUC (prevalence " + Figures.auc(figures.prevalence()) + ")",
                        Figures.auc(precision.mean()), "figure-pr-auc"),
                Figures.tile("train AUC (gap " + Figures.auc(train.mean() - auc.mean()) + ")",
                        Figures.auc(train.mean()), "figure-train-auc"),
                Figures.tile("seconds to fit", String.format(java.util.Locale.ROOT, "%.1f", figures.fitSeconds()),
                        "figure-seconds")));
        // The charts come over the next pulses, one each (see SectionsByPulse).
        List<Supplier<List<Node>>> charts = new ArrayList<>();
        charts.add(() -> List.of(Figures.heading("ROC AUC per fold", "fold-chart"), foldChart(figures)));
        if (!figures.weights().isEmpty()) {
            boolean linear = rung == RungId.LINEAR;
            charts.add(() -> List.of(
                    Figures.heading(linear ? "Standardised coefficients (top " + TOP_WEIGHTS + ")"
                            : "Feature importance (top " + TOP_WEIGHTS + ")", linear ? "coefficient-chart"
                            : "importance-chart"),
                    Figures.note(linear ? "Per standard deviation of the feature; positive raises the odds of the"
                            + " positive class." : "Mean decrease in impurity over the trees."),
                    weightChart(figures.weights(), linear)));
        }
        SectionsByPulse.append(box, charts);
        return box;
    }

    private static Node foldChart(ModelFigures figures) {
        double[] validation = figures.rocAuc().folds();
        double[] train = figures.trainRocAuc().folds();
        double lowest = Math.min(figures.baselineRocAuc(), java.util.Arrays.stream(validation).min().orElse(0.5));
        double lower = Math.max(0, Math.min(0.4, Math.floor(lowest * 10 - 0.5) / 10));
        NumberAxis auc = new NumberAxis(lower, 1.0, 0.1);
        auc.setLabel("ROC AUC");
        CategoryAxis folds = new CategoryAxis();
        MarkedBarChart<String, Number> chart = new MarkedBarChart<>(folds, auc);
        chart.setId("fold-chart");
        ZoomedHeight.of(chart, 280, 240);
        XYChart.Series<String, Number> valid = new XYChart.Series<>();
        valid.setName("validation");
        XYChart.Series<String, Number> fitted = new XYChart.Series<>();
        fitted.setName("train");
        for (int fold = 0; fold < validation.length; fold++) {
            String name = "fold " + (fold + 1);
            valid.getData().add(new XYChart.Data<>(name, validation[fold]));
            if (fold < train.length) {
                fitted.getData().add(new XYChart.Data<>(name, train[fold]));
            }
        }
        chart.getData().add(valid);
        if (train.length > 0) {
            chart.getData().add(fitted);
        }
        FoldScores scores = figures.rocAuc();
        chart.mark(figures.baselineRocAuc(), "dummy " + Figures.auc(figures.baselineRocAuc()), "baseline-marker");
        chart.mark(scores.mean(), "mean " + Figures.auc(scores.mean()) + " ± " + Figures.auc(scores.std()), "mean-marker");
        if (scores.std() > 0) {
            chart.mark(scores.mean() + scores.std(), "", "std-marker");
            chart.mark(scores.mean() - scores.std(), "", "std-marker");
        }
        return chart;
    }

    private static Node weightChart(List<FeatureWeight> weights, boolean signed) {
        List<FeatureWeight> top = weights.stream()
                .sorted(Comparator.comparingDouble((FeatureWeight w) -> Math.abs(w.weight())).reversed())
                .limit(TOP_WEIGHTS).toList();
        double largest = top.stream().mapToDouble(w -> Math.abs(w.weight())).max().orElse(1);
        NumberAxis value = new NumberAxis();
        value.setLabel(signed ? "coefficient" : "importance");
        value.setForceZeroInRange(true);
        value.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number tick) {
                double rounded = Math.round(tick.doubleValue() * 1000) / 1000.0;
                return rounded == 0 ? "0" : String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0$", "");
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text);
            }
        });
        if (largest == 0) {
            value.setAutoRanging(false);
            value.setLowerBound(signed ? -1 : 0);
            value.setUpperBound(1);
        }
        CategoryAxis features = new CategoryAxis();
        MarkedBarChart<Number, String> chart = new MarkedBarChart<>(value, features);
        chart.setId(signed ? "coefficient-chart" : "importance-chart");
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        ZoomedHeight.fixed(chart, 70 + 22 * top.size());
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = top.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(top.get(i).weight(), top.get(i).feature()));
        }
        chart.getData().add(series);
        for (XYChart.Data<Number, String> bar : series.getData()) {
            MarkedBarChart.styleBar(bar, bar.getXValue().doubleValue() < 0 ? "negative" : "positive");
        }
        return chart;
    }
}
