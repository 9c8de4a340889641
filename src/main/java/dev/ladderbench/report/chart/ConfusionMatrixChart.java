package dev.ladderbench.report.chart;

import dev.ladderbench.core.analysis.ConfusionCounts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * The confusion matrix as a heatmap: rows the actual class, columns the predicted one, positive first as in
 * the window's Errors step, darker = more rows.
 */
public record ConfusionMatrixChart(String title, ConfusionCounts counts, String positive) implements Chart {

    @Override
    public double widthShare() {
        return 0.62;
    }

    @Override
    public double aspect() {
        return 0.6;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Rectangle2D area = ChartStyle.frame(g, title, width, height);
        double side = Math.min(area.getWidth() - 150, area.getHeight() - 40);
        double cell = side / 2;
        double left = area.getX() + 110;
        double top = area.getY() + 26;
        int[][] values = {{counts.truePositives(), counts.falseNegatives()},
                {counts.falsePositives(), counts.trueNegatives()}};
        String[][] names = {{"TP", "FN"}, {"FP", "TN"}};
        int max = Math.max(1, Math.max(Math.max(values[0][0], values[0][1]), Math.max(values[1][0], values[1][1])));
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double share = values[r][c] / (double) max;
                boolean error = r != c;
                Color base = error ? ChartStyle.FLAGGED : ChartStyle.BAR;
                g.setColor(mix(base, share));
                Rectangle2D box = new Rectangle2D.Double(left + c * cell, top + r * cell, cell, cell);
                g.fill(box);
                g.setColor(Color.WHITE);
                g.draw(box);
                g.setColor(share > 0.55 ? Color.WHITE : ChartStyle.INK);
                ChartText.draw(g, names[r][c], 9, true, box.getCenterX(), box.getCenterY() - 5, ChartText.Align.CENTER);
                ChartText.draw(g, String.format(Locale.ROOT, "%d", values[r][c]), 13, true, box.getCenterX(),
                        box.getCenterY() + 12, ChartText.Align.CENTER);
            }
        }
        g.setColor(ChartStyle.MUTED);
        ChartStyle.text(g, "predicted", left + cell, top - 16, ChartText.Align.CENTER);
        ChartStyle.text(g, "positive", left + cell / 2, top - 4, ChartText.Align.CENTER);
        ChartStyle.text(g, "negative", left + cell * 1.5, top - 4, ChartText.Align.CENTER);
        ChartStyle.text(g, "actual positive", left - 6, top + cell / 2 + 3, ChartText.Align.RIGHT);
        ChartStyle.text(g, "actual negative", left - 6, top + cell * 1.5 + 3, ChartText.Align.RIGHT);
        ChartStyle.text(g, ChartText.fit("positive = " + positive, ChartStyle.LABEL_SIZE, false, 100),
                left - 6, top + 2 * cell + 12, ChartText.Align.RIGHT);
        ChartStyle.text(g, String.format(Locale.ROOT, "threshold %.3f", counts.threshold()), left + 2 * cell + 8,
                top + cell + 3, ChartText.Align.LEFT);
    }

    /** {@code base} faded towards white; a share of 0 is nearly white, 1 the full colour. */
    private static Color mix(Color base, double share) {
        double t = 0.12 + 0.88 * share;
        return new Color((int) Math.round(255 - (255 - base.getRed()) * t),
                (int) Math.round(255 - (255 - base.getGreen()) * t), (int) Math.round(255 - (255 - base.getBlue()) * t));
    }
}
