package dev.ladderbench.app.drift;

import dev.ladderbench.app.ZoomedHeight;
import dev.ladderbench.core.drift.AucWindow;
import dev.ladderbench.core.drift.BinCount;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.ProductionPerformance;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.List;

/** The drift view's charts: one feature's distributions in both files, and the production AUC by window. */
final class DriftCharts {

    private DriftCharts() {
    }

    /**
     * The feature's rows per bin as shares of each file, training (grey) beside production (accent):
     * equal-width bins named by their lower edge for a numeric feature, the levels for a categorical one.
     */
    static BarChart<String, Number> distributions(FeatureDrift feature) {
        CategoryAxis bins = new CategoryAxis();
        bins.setLabel(feature.column() + (feature.type().equals("numeric") ? " (bin from)" : ""));
        NumberAxis share = new NumberAxis();
        share.setLabel("share of the file's rows");
        share.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(bins, share);
        chart.setId("drift-histogram");
        chart.getStyleClass().add("drift-histogram");
        chart.setAnimated(false);
        chart.setBarGap(0);
        chart.setCategoryGap(4);
        ZoomedHeight.fixed(chart, 280);
        List<BinCount> histogram = feature.histogram();
        double trainingTotal = Math.max(1, histogram.stream().mapToLong(BinCount::training).sum());
        double productionTotal = Math.max(1, histogram.stream().mapToLong(BinCount::production).sum());
        XYChart.Series<String, Number> training = new XYChart.Series<>();
        training.setName("training");
        XYChart.Series<String, Number> production = new XYChart.Series<>();
        production.setName("production");
        for (BinCount bin : histogram) {
            training.getData().add(new XYChart.Data<>(bin.label(), bin.training() / trainingTotal));
            production.getData().add(new XYChart.Data<>(bin.label(), bin.production() / productionTotal));
        }
        chart.getData().add(training);
        chart.getData().add(production);
        return chart;
    }

    /** The AUC of each window of labelled production rows, with the training CV AUC as a level line. */
    static LineChart<String, Number> rollingAuc(ProductionPerformance performance) {
        CategoryAxis windows = new CategoryAxis();
        windows.setLabel(performance.timeColumn().map(c -> "window by " + c).orElse("window in file order"));
        NumberAxis auc = new NumberAxis(0, 1, 0.1);
        auc.setLabel("ROC AUC");
        LineChart<String, Number> chart = new LineChart<>(windows, auc);
        chart.setId("rolling-auc");
        chart.getStyleClass().addAll("curve-chart", "rolling-auc");
        chart.setAnimated(false);
        ZoomedHeight.fixed(chart, 260);
        XYChart.Series<String, Number> production = new XYChart.Series<>();
        production.setName("production, per window");
        XYChart.Series<String, Number> training = new XYChart.Series<>();
        training.setName(String.format(java.util.Locale.ROOT, "training CV AUC %.3f", performance.trainingCvAuc()));
        List<String> names = new java.util.ArrayList<>();
        for (AucWindow window : performance.windows()) {
            String name = window.from().equals(window.to()) ? window.from() : window.from() + "–" + window.to();
            names.add(name);
            if (!Double.isNaN(window.auc())) {
                production.getData().add(new XYChart.Data<>(name, window.auc()));
            }
            training.getData().add(new XYChart.Data<>(name, performance.trainingCvAuc()));
        }
        // Windows of one class have no AUC: fixed categories keep them in their place on the axis.
        windows.setAutoRanging(false);
        windows.setCategories(javafx.collections.FXCollections.observableArrayList(names));
        // The training level first: curve charts draw the first series as the grey dashed reference.
        chart.getData().add(training);
        chart.getData().add(production);
        return chart;
    }
}
