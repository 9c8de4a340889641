package dev.ladderbench.report;

import java.util.Locale;

/** The paper a PDF report is laid out on. */
public enum PageSize {
    A4(595.28, 841.89), LETTER(612, 792);

    private final double width;
    private final double height;

    PageSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Width in points (1/72 inch). */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
