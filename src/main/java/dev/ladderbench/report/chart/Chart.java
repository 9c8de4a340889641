package dev.ladderbench.report.chart;

import java.awt.Graphics2D;

/**
 * One chart of a report, drawn with Java2D so that every format uses the same painter: into a PDF page
 * (vector), an SVG (HTML) or an image. Painting needs no display.
 */
public interface Chart {

    String title();

    /** Paints the chart, title included, into the rectangle (0, 0, width, height) of {@code g}. */
    void paint(Graphics2D g, double width, double height);

    /** Height over width at which the chart reads well. */
    default double aspect() {
        return 0.5;
    }

    /** The share of the page's text width the chart takes; square-ish charts read well smaller. */
    default double widthShare() {
        return 1;
    }
}
