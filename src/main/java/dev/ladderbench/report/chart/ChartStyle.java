package dev.ladderbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/** The look every chart shares: colours, strokes, type sizes, and the title and axis drawing. */
final class ChartStyle {

    static final Color INK = new Color(0x222222);
    static final Color MUTED = new Color(0x666666);
    static final Color GRID = new Color(0xE3E3E3);
    static final Color BAR = new Color(0x3B6EA5);
    static final Color FLAGGED = new Color(0xC0392B);
    static final Color SECOND = new Color(0xE08A2E);
    static final Color REFERENCE = new Color(0x7F7F7F);
    static final Color GOOD = new Color(0x2E8B57);

    static final double TITLE_SIZE = 11;
    static final double LABEL_SIZE = 8;
    static final Stroke THIN = new BasicStroke(0.6f);
    static final Stroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{4f, 3f}, 0f);

    private ChartStyle() {
    }

    /** Clears the area, draws the title and returns the space left below it. */
    static Rectangle2D frame(Graphics2D g, String title, double width, double height) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(INK);
        ChartText.draw(g, ChartText.fit(title, TITLE_SIZE, true, width - 8), TITLE_SIZE, true, 4, TITLE_SIZE + 2,
                ChartText.Align.LEFT);
        double top = TITLE_SIZE + 10;
        return new Rectangle2D.Double(0, top, width, height - top);
    }

    static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    static void text(Graphics2D g, String text, double x, double y, ChartText.Align align) {
        ChartText.draw(g, text, LABEL_SIZE, false, x, y, align);
    }

    /** Tick values from {@code min} to {@code max} at a round step, about {@code count} of them. */
    static double[] ticks(double min, double max, int count) {
        double raw = (max - min) / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3 ? 2 : raw / magnitude < 7 ? 5 : 10);
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(n, 0)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    static String tick(double value) {
        if (Math.abs(value) < 1e-12) {
            return "0";
        }
        if (Math.abs(value - Math.rint(value)) < 1e-9 && Math.abs(value) >= 1) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }
}
