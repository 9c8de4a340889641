package dev.ladderbench.report.chart;

import dev.ladderbench.report.ReportFonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Text in charts, set in the report fonts with a fallback per character, so that a Greek, CJK or emoji
 * column name is drawn rather than shown as boxes. Java2D's own fallback depends on the fonts the machine
 * has; the CLI on a bare server has none worth relying on.
 */
public final class ChartText {

    public enum Align { LEFT, CENTER, RIGHT }

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static volatile Map<ReportFonts, Font> fonts;

    private ChartText() {
    }

    /** Draws {@code text} with its baseline at {@code y}, aligned to {@code x}. */
    public static void draw(Graphics2D g, String text, double size, boolean bold, double x, double y, Align align) {
        List<Run> runs = runs(text, size, bold);
        double width = runs.stream().mapToDouble(Run::width).sum();
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        Font saved = g.getFont();
        for (Run run : runs) {
            g.setFont(run.font());
            g.drawString(run.text(), (float) left, (float) y);
            left += run.width();
        }
        g.setFont(saved);
    }

    public static double width(String text, double size, boolean bold) {
        return runs(text, size, bold).stream().mapToDouble(Run::width).sum();
    }

    /** {@code text} cut with an ellipsis to fit {@code maxWidth}. */
    public static String fit(String text, double size, boolean bold, double maxWidth) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end) + "…", size, bold) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    private record Run(String text, Font font, double width) {
    }

    private static List<Run> runs(String text, double size, boolean bold) {
        Map<ReportFonts, Font> loaded = fonts();
        Font first = loaded.get(bold ? ReportFonts.BOLD : ReportFonts.REGULAR).deriveFont((float) size);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Font currentFont = first;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Font font = fontFor(cp, first, loaded, size);
            if (font == null) {
                continue;
            }
            if (!font.equals(currentFont) && current.length() > 0) {
                runs.add(run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(run(current.toString(), currentFont));
        }
        return runs;
    }

    /** The first font with the character; null to leave out an invisible one nobody has; else the first. */
    private static Font fontFor(int cp, Font first, Map<ReportFonts, Font> loaded, double size) {
        if (first.canDisplay(cp)) {
            return first;
        }
        for (ReportFonts fallback : ReportFonts.FALLBACKS) {
            Font font = loaded.get(fallback);
            if (font.canDisplay(cp)) {
                return font.deriveFont((float) size);
            }
        }
        return ReportFonts.invisible(cp) ? null : first;
    }

    private static Run run(String text, Font font) {
        return new Run(text, font, font.getStringBounds(text, CONTEXT).getWidth());
    }

    private static Map<ReportFonts, Font> fonts() {
        Map<ReportFonts, Font> result = fonts;
        if (result == null) {
            synchronized (ChartText.class) {
                result = fonts;
                if (result == null) {
                    result = new EnumMap<>(ReportFonts.class);
                    for (ReportFonts f : ReportFonts.values()) {
                        result.put(f, load(f));
                    }
                    fonts = result;
                }
            }
        }
        return result;
    }

    private static Font load(ReportFonts font) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.bytes()));
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("The report font " + font + " cannot be read", e));
        }
    }
}
