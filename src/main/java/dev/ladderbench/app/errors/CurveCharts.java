package dev.ladderbench.app.errors;

import dev.ladderbench.app.ZoomedHeight;
import dev.ladderbench.core.analysis.Calibration;
import dev.ladderbench.core.analysis.PrPoint;
import dev.ladderbench.core.analysis.ReliabilityBin;
import dev.ladderbench.core.analysis.RocPoint;
import dev.ladderbench.core.analysis.ThresholdSweep;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The Threshold step's line charts: ROC and precision-recall with the operating point on them, and the
 * reliability curve against the diagonal. Curves are thinned for drawing: a chart of 100,000 points is
 * slow to lay out and looks the same with a few hundred.
 */
final class CurveCharts {

    static final int MAX_POINTS = 400;

    private CurveCharts() {
    }

    /** A curve chart and its one-point series at the operating point, to move with the slider. */
    record Marked(LineChart<Number, Number> chart, XYChart.Data<Number, Number> point) {
    }

    static Marked roc(ThresholdSweep sweep) {
        List<double[]> points = new ArrayList<>();
        for (RocPoint point : sweep.rocCurve()) {
            points.add(new double[]{point.falsePositiveRate(), point.truePositiveRate()});
        }
        LineChart<Number, Number> chart = chart("roc-chart", "false positive rate", "true positive rate (recall)");
        chart.getData().add(series("chance", List.of(new double[]{0, 0}, new double[]{1, 1})));
        chart.getData().add(series("ROC", points));
        return withPoint(chart);
    }

    static Marked precisionRecall(ThresholdSweep sweep, double prevalence) {
        List<double[]> points = new ArrayList<>();
        for (PrPoint point : sweep.precisionRecallCurve()) {
            points.add(new double[]{point.recall(), point.precision()});
        }
        LineChart<Number, Number> chart = chart("pr-chart", "recall", "precision");
        chart.getData().add(series("prevalence", List.of(new double[]{0, prevalence}, new double[]{1, prevalence})));
        chart.getData().add(series("precision-recall", points));
        return withPoint(chart);
    }

    static LineChart<Number, Number> reliability(Calibration calibration) {
        List<double[]> points = new ArrayList<>();
        for (ReliabilityBin bin : calibration.bins()) {
            points.add(new double[]{bin.meanPredicted(), bin.observedFraction()});
        }
        LineChart<Number, Number> chart = chart("reliability-chart", "mean predicted probability",
                "observed share of positives");
        chart.getData().add(series("perfectly calibrated", List.of(new double[]{0, 0}, new double[]{1, 1})));
        chart.getData().add(series("model", points));
        chart.getStyleClass().add("reliability");
        return chart;
    }

    private static Marked withPoint(LineChart<Number, Number> chart) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(0, 0);
        XYChart.Series<Number, Number> operating = new XYChart.Series<>();
        operating.setName("threshold");
        operating.getData().add(point);
        chart.getData().add(operating);
        return new Marked(chart, point);
    }

    private static LineChart<Number, Number> chart(String id, String x, String y) {
        NumberAxis xAxis = new NumberAxis(0, 1, 0.1);
        xAxis.setLabel(x);
        NumberAxis yAxis = new NumberAxis(0, 1, 0.1);
        yAxis.setLabel(y);
        LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        chart.setId(id);
        chart.setAnimated(false);
        chart.getStyleClass().add("curve-chart");
        ZoomedHeight.of(chart, 320);
        chart.setMinWidth(0);
        chart.setPrefWidth(10); // side by side charts share the width
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name, List<double[]> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        int step = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
        for (int i = 0; i < points.size(); i++) {
            if (i % step == 0 || i == points.size() - 1) {
                series.getData().add(new XYChart.Data<>(points.get(i)[0], points.get(i)[1]));
            }
        }
        return series;
    }
}
