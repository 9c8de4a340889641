package dev.ladderbench.report.chart;

import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.Histogram;
import dev.ladderbench.core.analysis.Outcome;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The predicted probabilities of the false negatives and the false positives, binned: errors near the
 * threshold are unsure (more data may help), errors far from it are confident mistakes (look for a
 * systematic cause).
 */
public record ConfidenceHistogramChart(String title, ErrorConfidence confidence) implements Chart {

    @Override
    public double aspect() {
        return 0.45;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Histogram fn = confidence.of(Outcome.FALSE_NEGATIVE).histogram();
        Histogram fp = confidence.of(Outcome.FALSE_POSITIVE).histogram();
        int max = 1;
        for (int bin = 0; bin < fn.bins(); bin++) {
            max = Math.max(max, Math.max(fn.counts()[bin], fp.counts()[bin]));
        }
        XyAxes axes = XyAxes.draw(g, ChartStyle.frame(g, title, width, height), 0, 1, 0, max * 1.1,
                "predicted probability of the positive class", "rows", true);
        bars(g, axes, fn, 0, ChartStyle.FLAGGED);
        bars(g, axes, fp, 1, ChartStyle.SECOND);
        double x = axes.x(confidence.threshold());
        g.setColor(ChartStyle.INK);
        g.setStroke(ChartStyle.DASHED);
        ChartStyle.line(g, x, axes.plot().getY(), x, axes.plot().getMaxY());
        g.setStroke(ChartStyle.THIN);
        legend(g, axes, ChartStyle.FLAGGED, "false negatives (" + confidence.of(Outcome.FALSE_NEGATIVE).count() + ")", 0);
        legend(g, axes, ChartStyle.SECOND, "false positives (" + confidence.of(Outcome.FALSE_POSITIVE).count() + ")", 1);
    }

    /** Each bin holds two thin bars side by side, false negatives left. */
    private static void bars(Graphics2D g, XyAxes axes, Histogram histogram, int side, Color color) {
        int[] counts = histogram.counts();
        g.setColor(color);
        for (int bin = 0; bin < counts.length; bin++) {
            if (counts[bin] == 0) {
                continue;
            }
            double left = axes.x(histogram.lowerEdge(bin));
            double right = axes.x(histogram.upperEdge(bin));
            double w = (right - left) * 0.42;
            double top = axes.y(counts[bin]);
            g.fill(new Rectangle2D.Double(left + (right - left) * 0.08 + side * w, top, w, axes.y(0) - top));
        }
    }

    private static void legend(Graphics2D g, XyAxes axes, Color color, String label, int line) {
        double x = axes.plot().getMaxX() - 130;
        double y = axes.plot().getY() + 6 + line * 12;
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x, y - 6, 8, 8));
        g.setColor(ChartStyle.INK);
        ChartStyle.text(g, label, x + 12, y + 1.5, ChartText.Align.LEFT);
    }
}
