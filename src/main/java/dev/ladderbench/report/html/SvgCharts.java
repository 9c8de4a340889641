package dev.ladderbench.report.html;

import dev.ladderbench.report.chart.Chart;
import org.jfree.svg.SVGGraphics2D;

/** A chart as an inline SVG element, drawn by the same painter as the PDF's. */
final class SvgCharts {

    static final double WIDTH = 760;

    private SvgCharts() {
    }

    /** @param key unique within the page: SVG definitions (clip paths) of two charts must not share ids */
    static String svg(Chart chart, String key) {
        double width = WIDTH * chart.widthShare();
        double height = width * chart.aspect();
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(key + "_");
        try {
            chart.paint(graphics, width, height);
        } finally {
            graphics.dispose();
        }
        return graphics.getSVGElement(key);
    }
}
