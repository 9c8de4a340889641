package dev.ladderbench.report.pdf;

import dev.ladderbench.report.ReportFonts;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report fonts embedded in one PDF (as subsets: only the glyphs used are written), and text split
 * into runs so that each character is set in the first font that has it. The text stays text: it can be
 * selected, searched and extracted, emoji and CJK column names included.
 */
final class PdfFonts implements Closeable {

    /** A piece of text set in one font. */
    record Run(String text, PDType0Font font) {
    }

    private final Map<ReportFonts, PDType0Font> fonts = new EnumMap<>(ReportFonts.class);
    private final Map<ReportFonts, CmapLookup> cmaps = new EnumMap<>(ReportFonts.class);
    private final List<TrueTypeFont> parsed = new ArrayList<>();

    PdfFonts(PDDocument document) throws IOException {
        for (ReportFonts font : ReportFonts.values()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontBytes.of(font)));
            parsed.add(ttf);
            cmaps.put(font, ttf.getUnicodeCmapLookup());
            fonts.put(font, PDType0Font.load(document, ttf, true));
        }
    }

    List<Run> runs(String text, boolean bold) {
        ReportFonts first = bold ? ReportFonts.BOLD : ReportFonts.REGULAR;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        ReportFonts currentFont = first;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                cp = ' ';
            }
            ReportFonts font = fontFor(cp, first);
            if (font == null) {
                continue;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), fonts.get(currentFont)));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(has(font, cp) ? cp : '?');
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), fonts.get(currentFont)));
        }
        return runs;
    }

    /** The first font with the character; null to leave out an invisible character no font has. */
    private ReportFonts fontFor(int cp, ReportFonts first) {
        if (has(first, cp)) {
            return first;
        }
        for (ReportFonts fallback : ReportFonts.FALLBACKS) {
            if (has(fallback, cp)) {
                return fallback;
            }
        }
        return ReportFonts.invisible(cp) ? null : first;
    }

    private boolean has(ReportFonts font, int cp) {
        return cmaps.get(font).getGlyphId(cp) != 0;
    }

    double width(String text, double size, boolean bold) throws IOException {
        double width = 0;
        for (Run run : runs(text, bold)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** Shows the text at the current text position (inside beginText/endText). */
    void show(PDPageContentStream content, String text, double size, boolean bold) throws IOException {
        for (Run run : runs(text, bold)) {
            content.setFont(run.font(), (float) size);
            content.showText(run.text());
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont ttf : parsed) {
            ttf.close();
        }
    }
}
