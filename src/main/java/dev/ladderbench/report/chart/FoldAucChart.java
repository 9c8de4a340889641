package dev.ladderbench.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * A model rung's validation ROC AUC per fold as bars, against the dummy's line: how far the model is
 * above chance, and how much the folds disagree.
 */
public record FoldAucChart(String title, double[] folds, double mean, double dummy) implements Chart {

    private static final double LABEL_ROOM = 1.2;

    public FoldAucChart {
        folds = folds.clone();
    }

    @Override
    public double aspect() {
        return 0.45;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        double low = Math.min(0.4, Math.floor(minimum() * 10) / 10);
        // The x range runs past the last fold so that the line labels have room right of the bars.
        XyAxes axes = XyAxes.draw(g, ChartStyle.frame(g, title, width, height), 0, folds.length + LABEL_ROOM, low, 1,
                "fold", "ROC AUC", false);
        double slot = axes.x(1) - axes.x(0);
        for (int i = 0; i < folds.length; i++) {
            double x = axes.x(i);
            if (Double.isFinite(folds[i])) {
                g.setColor(ChartStyle.BAR);
                double top = axes.y(Math.max(folds[i], low));
                g.fill(new Rectangle2D.Double(x + slot * 0.2, top, slot * 0.6, axes.y(low) - top));
                g.setColor(ChartStyle.INK);
                ChartStyle.text(g, String.format(Locale.ROOT, "%.3f", folds[i]), x + slot / 2, top - 3,
                        ChartText.Align.CENTER);
            }
            g.setColor(ChartStyle.MUTED);
            ChartStyle.text(g, Integer.toString(i + 1), x + slot / 2, axes.plot().getMaxY() + 11, ChartText.Align.CENTER);
        }
        horizontal(g, axes, dummy, ChartStyle.FLAGGED, String.format(Locale.ROOT, "dummy %.3f", dummy));
        horizontal(g, axes, mean, ChartStyle.GOOD, String.format(Locale.ROOT, "mean %.3f", mean));
    }

    private void horizontal(Graphics2D g, XyAxes axes, double value, Color color, String label) {
        if (!Double.isFinite(value)) {
            return;
        }
        double y = axes.y(value);
        g.setColor(color);
        g.setStroke(ChartStyle.DASHED);
        ChartStyle.line(g, axes.plot().getX(), y, axes.x(folds.length + 0.05), y);
        g.setStroke(ChartStyle.THIN);
        ChartStyle.text(g, label, axes.plot().getMaxX() - 2, y + 3, ChartText.Align.RIGHT);
    }

    private double minimum() {
        double min = 1;
        for (double fold : folds) {
            if (Double.isFinite(fold)) {
                min = Math.min(min, fold);
            }
        }
        return Double.isFinite(dummy) ? Math.min(min, dummy) : min;
    }
}
