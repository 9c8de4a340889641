package dev.ladderbench.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Optional;

/**
 * A curve on the unit square with a reference line and an optional marked point: the ROC curve (against
 * the diagonal, the operating point marked), the precision-recall curve (against the prevalence) and the
 * calibration curve (against perfect calibration).
 *
 * @param points    the curve, in drawing order, as (x, y) pairs
 * @param reference a dashed line from (x1, y1) to (x2, y2), labelled
 * @param marked    a point to mark, labelled (the operating point)
 * @param dots      whether to draw each point (few points, such as calibration bins)
 */
public record CurveChart(String title, String xLabel, String yLabel, List<Point> points, Line reference,
                         Optional<Point> marked, String markedLabel, boolean dots) implements Chart {

    public record Point(double x, double y) {
    }

    public record Line(double x1, double y1, double x2, double y2, String label) {
    }

    public CurveChart {
        points = List.copyOf(points);
    }

    @Override
    public double widthShare() {
        return 0.62;
    }

    @Override
    public double aspect() {
        return 0.85;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        XyAxes axes = XyAxes.draw(g, ChartStyle.frame(g, title, width, height), 0, 1, 0, 1, xLabel, yLabel, true);
        g.setColor(ChartStyle.REFERENCE);
        g.setStroke(ChartStyle.DASHED);
        ChartStyle.line(g, axes.x(reference.x1()), axes.y(reference.y1()), axes.x(reference.x2()),
                axes.y(reference.y2()));
        // A level line (the prevalence) is labelled at its left end, away from where operating points sit.
        if (reference.y1() == reference.y2()) {
            ChartStyle.text(g, reference.label(), axes.x(reference.x1()) + 3, axes.y(reference.y1()) - 4,
                    ChartText.Align.LEFT);
        } else {
            ChartStyle.text(g, reference.label(), axes.x(reference.x2()) - 2, axes.y(reference.y2()) - 4,
                    ChartText.Align.RIGHT);
        }
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i == 0) {
                path.moveTo(axes.x(p.x()), axes.y(p.y()));
            } else {
                path.lineTo(axes.x(p.x()), axes.y(p.y()));
            }
        }
        g.setColor(ChartStyle.BAR);
        g.setStroke(ChartStyle.LINE);
        g.draw(path);
        if (dots) {
            for (Point p : points) {
                g.fill(new Ellipse2D.Double(axes.x(p.x()) - 2.5, axes.y(p.y()) - 2.5, 5, 5));
            }
        }
        marked.ifPresent(p -> {
            double x = axes.x(p.x());
            double y = axes.y(p.y());
            g.setColor(ChartStyle.FLAGGED);
            g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
            boolean leftHalf = p.x() < 0.6;
            ChartStyle.text(g, markedLabel, leftHalf ? x + 7 : x - 7, y + (p.y() > 0.15 ? 12 : -7),
                    leftHalf ? ChartText.Align.LEFT : ChartText.Align.RIGHT);
        });
        g.setStroke(ChartStyle.THIN);
    }
}
