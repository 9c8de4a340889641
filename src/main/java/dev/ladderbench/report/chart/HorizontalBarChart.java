package dev.ladderbench.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Labelled bars along a value axis, one per row: the class distribution, missing values per column, the
 * leakage probe and the missed-vs-caught comparison (bars left of zero for negative values) all read
 * this way. Marker lines show limits such as the leakage probe's 0.95.
 *
 * @param axisMin,axisMax the value axis; bars are clipped to it
 * @param empty           what to say when there are no bars
 */
public record HorizontalBarChart(String title, List<Bar> bars, double axisMin, double axisMax, List<Marker> markers,
                                 DoubleFunction<String> valueText, String axisLabel, String empty) implements Chart {

    /** One bar; {@code color} picks it out (e.g. a flagged feature). */
    public record Bar(String label, double value, Color color) {
    }

    /** A vertical line at {@code value} with a short label. */
    public record Marker(double value, String label) {
    }

    public HorizontalBarChart {
        bars = List.copyOf(bars);
        markers = List.copyOf(markers);
    }

    @Override
    public double aspect() {
        // An empty chart is only its title and one sentence.
        return bars.isEmpty() ? 0.09 : Math.min(1.1, Math.max(0.28, (30 + 13 * bars.size()) / 480.0));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Rectangle2D area = ChartStyle.frame(g, title, width, height);
        if (bars.isEmpty()) {
            g.setColor(ChartStyle.MUTED);
            ChartStyle.text(g, empty, 8, area.getY() + 14, ChartText.Align.LEFT);
            return;
        }
        double labelWidth = Math.min(width * 0.36,
                bars.stream().mapToDouble(b -> ChartText.width(b.label(), ChartStyle.LABEL_SIZE, false)).max()
                        .orElse(0) + 8);
        double valueWidth = 44;
        double left = labelWidth + 4;
        double right = width - valueWidth;
        double top = area.getY() + (markers.isEmpty() ? 2 : 12);
        double bottom = area.getMaxY() - 26;
        double row = (bottom - top) / bars.size();
        double scale = (right - left) / (axisMax - axisMin);
        double zero = left + (Math.max(axisMin, Math.min(0, axisMax)) - axisMin) * scale;

        g.setStroke(ChartStyle.THIN);
        for (double tick : ChartStyle.ticks(axisMin, axisMax, 5)) {
            double x = left + (tick - axisMin) * scale;
            g.setColor(ChartStyle.GRID);
            ChartStyle.line(g, x, top, x, bottom);
            g.setColor(ChartStyle.MUTED);
            ChartStyle.text(g, ChartStyle.tick(tick), x, bottom + 10, ChartText.Align.CENTER);
        }
        g.setColor(ChartStyle.MUTED);
        ChartStyle.text(g, axisLabel, (left + right) / 2, bottom + 21, ChartText.Align.CENTER);

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * row;
            double value = Math.max(axisMin, Math.min(axisMax, bar.value()));
            double x = left + (value - axisMin) * scale;
            if (!Double.isNaN(bar.value())) {
                g.setColor(bar.color());
                g.fill(new Rectangle2D.Double(Math.min(x, zero), y + row * 0.18, Math.abs(x - zero), row * 0.64));
            }
            g.setColor(ChartStyle.INK);
            double baseline = y + row / 2 + 3;
            ChartStyle.text(g, ChartText.fit(bar.label(), ChartStyle.LABEL_SIZE, false, labelWidth - 4), left - 4,
                    baseline, ChartText.Align.RIGHT);
            ChartStyle.text(g, valueText.apply(bar.value()), right + 4, baseline, ChartText.Align.LEFT);
        }
        g.setColor(ChartStyle.INK);
        ChartStyle.line(g, zero, top, zero, bottom);
        for (Marker marker : markers) {
            double x = left + (marker.value() - axisMin) * scale;
            g.setColor(ChartStyle.FLAGGED);
            g.setStroke(ChartStyle.DASHED);
            ChartStyle.line(g, x, top - 2, x, bottom);
            g.setStroke(ChartStyle.THIN);
            ChartStyle.text(g, marker.label(), x, top - 3, ChartText.Align.CENTER);
        }
    }
}
