package dev.ladderbench.app;

import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * Heights of charts, plots and tables that follow presenter mode: given in px as they look at 100 %, they are
 * set in em of the theme's {@value Appearance#BASE_FONT_PX} px font. {@link Appearance} zooms by the root's font
 * size, which em in a node's style resolves against, so a chart 280 px high at 100 % is 560 px high at 200 %
 * and its axis labels, which grow with the font, keep their room.
 */
public final class ZoomedHeight {

    private ZoomedHeight() {
    }

    /** The preferred height, {@code px} at 100 %. */
    public static void of(Region region, double px) {
        region.setStyle(em("-fx-pref-height", px));
    }

    /** The preferred height, {@code px} at 100 %, and a minimum of {@code minPx} at 100 %. */
    public static void of(Region region, double px, double minPx) {
        region.setStyle(em("-fx-pref-height", px) + " " + em("-fx-min-height", minPx));
    }

    /** The preferred height, {@code px} at 100 %, which is also its minimum: a chart whose rows must all show. */
    public static void fixed(Region region, double px) {
        of(region, px, px);
    }

    private static String em(String property, double px) {
        return String.format(Locale.ROOT, "%s: %.4fem;", property, px / Appearance.BASE_FONT_PX);
    }
}
