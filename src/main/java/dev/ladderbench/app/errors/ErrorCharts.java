package dev.ladderbench.app.errors;

import dev.ladderbench.app.ZoomedHeight;
import dev.ladderbench.app.ladder.MarkedBarChart;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.Histogram;
import dev.ladderbench.core.analysis.OutcomeConfidence;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.Cursor;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The Errors step's charts, built from one analysis: the feature comparison, the clicked feature's distributions, the confidence histograms. */
final class ErrorCharts {

    static final int TOP_CONTRASTS = 15;
    /** Where a bar of infinite effect (the reference does not vary) is drawn: beyond any flag, still on the chart. */
    private static final double INFINITE_EFFECT = 5;

    private ErrorCharts() {
    }

    /**
     * A diverging bar per feature: the error cell's mean minus the reference's, in reference standard
     * deviations, largest effect at the top; flagged bars (beyond ±0.5) in red. Clicking a bar picks it.
     */
    static XYChart<Number, String> contrasts(FeatureComparison comparison, Consumer<FeatureContrast> picked) {
        List<FeatureContrast> top = comparison.contrasts().stream().filter(c -> !Double.isNaN(c.effectSize()))
                .limit(TOP_CONTRASTS).toList();
        NumberAxis effect = new NumberAxis();
        effect.setLabel("difference of the error cell's mean, in the correct cell's std");
        // Symmetric around 0 and wide enough for both flag lines, so the sides read as "higher" and "lower".
        double reach = Math.max(0.75, top.stream().mapToDouble(c -> Math.abs(signedEffect(c))).max().orElse(0) * 1.05);
        double tick = reach > 2 ? 0.5 : 0.25;
        reach = Math.ceil(reach / tick) * tick;
        effect.setAutoRanging(false);
        effect.setLowerBound(-reach);
        effect.setUpperBound(reach);
        effect.setTickUnit(tick);
        CategoryAxis features = new CategoryAxis();
        MarkedBarChart<Number, String> chart = new MarkedBarChart<>(effect, features);
        chart.setId("contrast-chart");
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        ZoomedHeight.fixed(chart, 80 + 24 * Math.max(3, top.size()));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A vertical category axis lists its first category at the bottom: add the largest effect last.
        for (int i = top.size() - 1; i >= 0; i--) {
            FeatureContrast contrast = top.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(signedEffect(contrast), contrast.label());
            series.getData().add(bar);
        }
        chart.getData().add(series);
        for (int i = 0; i < series.getData().size(); i++) {
            FeatureContrast contrast = top.get(top.size() - 1 - i);
            XYChart.Data<Number, String> bar = series.getData().get(i);
            MarkedBarChart.styleBar(bar, contrast.flagged() ? "flagged" : "positive");
            whenShown(bar, node -> {
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(event -> picked.accept(contrast));
            });
        }
        chart.mark(FeatureComparison.FLAG_EFFECT, "+0.5", "threshold-marker");
        chart.mark(-FeatureComparison.FLAG_EFFECT, "−0.5", "threshold-marker");
        return chart;
    }

    /** Runs {@code action} on a bar's node once the chart has created it. */
    private static void whenShown(XYChart.Data<?, ?> bar, Consumer<javafx.scene.Node> action) {
        if (bar.getNode() != null) {
            action.accept(bar.getNode());
        } else {
            bar.nodeProperty().addListener((observable, previous, node) -> action.accept(node));
        }
    }

    private static double signedEffect(FeatureContrast contrast) {
        double size = Double.isInfinite(contrast.effectSize()) ? INFINITE_EFFECT : contrast.effectSize();
        return Math.copySign(size, contrast.difference());
    }

    /** The clicked feature's values in both cells, as shares of each cell, side by side per bin or level. */
    static XYChart<String, Number> distribution(FeatureDistribution distribution, String referenceName, String errorName) {
        CategoryAxis bins = new CategoryAxis();
        bins.setLabel(distribution.feature());
        NumberAxis share = shareAxis();
        BarChart<String, Number> chart = new BarChart<>(bins, share);
        chart.setId("distribution-chart");
        chart.setAnimated(false);
        chart.setBarGap(0);
        chart.setCategoryGap(6);
        ZoomedHeight.of(chart, 260);
        chart.getData().add(series(referenceName, distribution.bins(), distribution.reference()));
        chart.getData().add(series(errorName, distribution.bins(), distribution.errors()));
        return chart;
    }

    /**
     * The predicted probabilities of an error cell as shares of it, with the matching correct cell's
     * behind in grey for context (false negatives before true positives, false positives before true negatives).
     */
    static XYChart<String, Number> confidence(String id, OutcomeConfidence errors, OutcomeConfidence context) {
        CategoryAxis bins = new CategoryAxis();
        bins.setLabel("predicted probability of the positive class");
        BarChart<String, Number> chart = new BarChart<>(bins, shareAxis());
        chart.setId(id);
        chart.setAnimated(false);
        chart.setBarGap(0);
        chart.setCategoryGap(2);
        ZoomedHeight.of(chart, 240);
        chart.getStyleClass().add("confidence-chart");
        chart.setMinWidth(0);
        chart.setPrefWidth(10); // two side by side share the width
        Histogram histogram = errors.histogram();
        List<String> names = java.util.stream.IntStream.range(0, histogram.bins())
                .mapToObj(b -> String.format(Locale.ROOT, "%.2f", histogram.lowerEdge(b))).toList();
        chart.getData().add(series(ConfusionHeatmap.name(errors.outcome()), names, shares(histogram)));
        chart.getData().add(series(ConfusionHeatmap.name(context.outcome()) + " (context)", names,
                shares(context.histogram())));
        return chart;
    }

    private static double[] shares(Histogram histogram) {
        int[] counts = histogram.counts();
        double total = Math.max(1, histogram.total());
        double[] shares = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            shares[b] = counts[b] / total;
        }
        return shares;
    }

    private static NumberAxis shareAxis() {
        NumberAxis share = new NumberAxis();
        share.setLabel("share of the cell");
        share.setForceZeroInRange(true);
        return share;
    }

    private static XYChart.Series<String, Number> series(String name, List<String> bins, double[] values) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int b = 0; b < bins.size(); b++) {
            series.getData().add(new XYChart.Data<>(bins.get(b), values[b]));
        }
        return series;
    }
}
