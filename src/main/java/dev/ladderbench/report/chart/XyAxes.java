package dev.ladderbench.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A plot rectangle with linear x and y scales, gridlines, ticks and axis labels. */
final class XyAxes {

    private final Rectangle2D plot;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    private XyAxes(Rectangle2D plot, double xMin, double xMax, double yMin, double yMax) {
        this.plot = plot;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Lays out the axes inside {@code area}, draws grid, ticks and labels, and returns the scales. */
    static XyAxes draw(Graphics2D g, Rectangle2D area, double xMin, double xMax, double yMin, double yMax,
                       String xLabel, String yLabel, boolean xTicks) {
        Rectangle2D plot = new Rectangle2D.Double(area.getX() + 40, area.getY() + 6, area.getWidth() - 50,
                area.getHeight() - 36);
        XyAxes axes = new XyAxes(plot, xMin, xMax, yMin, yMax);
        g.setStroke(ChartStyle.THIN);
        for (double tick : ChartStyle.ticks(yMin, yMax, 5)) {
            double y = axes.y(tick);
            g.setColor(ChartStyle.GRID);
            ChartStyle.line(g, plot.getX(), y, plot.getMaxX(), y);
            g.setColor(ChartStyle.MUTED);
            ChartStyle.text(g, ChartStyle.tick(tick), plot.getX() - 4, y + 3, ChartText.Align.RIGHT);
        }
        if (xTicks) {
            for (double tick : ChartStyle.ticks(xMin, xMax, 5)) {
                double x = axes.x(tick);
                g.setColor(ChartStyle.GRID);
                ChartStyle.line(g, x, plot.getY(), x, plot.getMaxY());
                g.setColor(ChartStyle.MUTED);
                ChartStyle.text(g, ChartStyle.tick(tick), x, plot.getMaxY() + 11, ChartText.Align.CENTER);
            }
        }
        g.setColor(ChartStyle.INK);
        ChartStyle.line(g, plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY());
        ChartStyle.line(g, plot.getX(), plot.getY(), plot.getX(), plot.getMaxY());
        g.setColor(ChartStyle.MUTED);
        ChartStyle.text(g, xLabel, plot.getCenterX(), plot.getMaxY() + 24, ChartText.Align.CENTER);
        // The y label sits above the axis, read horizontally: rotated text is harder to read and to select.
        ChartStyle.text(g, yLabel, area.getX() + 4, area.getY() + 2, ChartText.Align.LEFT);
        return axes;
    }

    double x(double value) {
        return plot.getX() + (value - xMin) / (xMax - xMin) * plot.getWidth();
    }

    double y(double value) {
        return plot.getMaxY() - (value - yMin) / (yMax - yMin) * plot.getHeight();
    }

    Rectangle2D plot() {
        return plot;
    }
}
