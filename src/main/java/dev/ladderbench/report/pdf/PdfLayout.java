package dev.ladderbench.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.ladderbench.report.Figure;
import dev.ladderbench.report.chart.Chart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flows a report down pages: headings (each a bookmark), wrapped paragraphs, figure lists, tables and
 * charts, starting a new page when the next block does not fit, and numbering the pages at the end.
 */
final class PdfLayout {

    static final double MARGIN = 50;
    static final double BODY = 9.5;
    static final Color INK = new Color(0x222222);
    static final Color MUTED = new Color(0x5A5A5A);

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem section;
    private PDPage page;
    private PDPageContentStream content;
    private double y;

    PdfLayout(PDDocument document, PdfFonts fonts, PDRectangle size) {
        this.document = document;
        this.fonts = fonts;
        this.size = size;
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    double width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closePage();
        page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Room for {@code height} more points on this page, or a new page. */
    void need(double height) throws IOException {
        if (page == null || y - height < MARGIN + 14) {
            newPage();
        }
    }

    void space(double points) {
        y -= points;
    }

    /** A section heading (level 1) or a sub-heading under the last section (level 2), with its bookmark. */
    void heading(String text, int level) throws IOException {
        double textSize = level == 1 ? 16 : 12.5;
        need(textSize * 2 + 40);
        y -= level == 1 ? 6 : 4;
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop((int) Math.round(y + textSize));
        item.setDestination(destination);
        if (level == 1 || section == null) {
            outline.addLast(item);
            section = item;
            section.openNode();
        } else {
            section.addLast(item);
        }
        paragraph(text, textSize, true, INK, 0);
        y -= level == 1 ? 6 : 2;
    }

    void paragraph(String text, double textSize, boolean bold, Color color, double indent) throws IOException {
        for (String line : wrap(text, textSize, bold, width() - indent)) {
            need(textSize * 1.35);
            y -= textSize * 1.35;
            write(line, MARGIN + indent, y, textSize, bold, color);
        }
    }

    /** "label: value" lines, labels in a column of their own, values wrapped beside them. */
    void figures(List<Figure> figures) throws IOException {
        double labelWidth = Math.min(width() * 0.42, figures.stream()
                .mapToDouble(f -> unchecked(() -> fonts.width(f.label(), BODY, false))).max().orElse(0) + 10);
        for (Figure figure : figures) {
            List<String> lines = wrap(figure.value(), BODY, true, width() - labelWidth);
            List<String> labels = wrap(figure.label(), BODY, false, labelWidth - 8);
            int count = Math.max(lines.size(), labels.size());
            need(count * BODY * 1.35);
            for (int i = 0; i < count; i++) {
                y -= BODY * 1.35;
                if (i < labels.size()) {
                    write(labels.get(i), MARGIN, y, BODY, false, MUTED);
                }
                if (i < lines.size()) {
                    write(lines.get(i), MARGIN + labelWidth, y, BODY, true, INK);
                }
            }
        }
    }

    /** A table with a bold header; {@code shares} are the columns' shares of the width. */
    void table(List<String> header, List<List<String>> rows, double[] shares) throws IOException {
        row(header, shares, true);
        for (List<String> r : rows) {
            row(r, shares, false);
        }
    }

    private void row(List<String> cells, double[] shares, boolean bold) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = wrap(cells.get(c), BODY, bold, shares[c] * width() - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        need(lines * BODY * 1.35 + 4);
        for (int line = 0; line < lines; line++) {
            y -= BODY * 1.35;
            double x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                if (line < wrapped.get(c).size()) {
                    write(wrapped.get(c).get(line), x, y, BODY, bold, INK);
                }
                x += shares[c] * width();
            }
        }
        y -= 3;
        content.setStrokingColor(bold ? MUTED : new Color(0xDDDDDD));
        content.setLineWidth(bold ? 0.8f : 0.4f);
        content.moveTo((float) MARGIN, (float) y);
        content.lineTo((float) (MARGIN + width()), (float) y);
        content.stroke();
    }

    /** A chart as vector graphics, at its share of the text width (less for tall charts), on one page. */
    void chart(Chart chart) throws IOException {
        double width = width() * chart.widthShare();
        double height = width * chart.aspect();
        double maxHeight = size.getHeight() - 2 * MARGIN - 40;
        if (height > maxHeight) {
            width = maxHeight / chart.aspect();
            height = maxHeight;
        }
        need(height + 10);
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) width, (float) height);
        try {
            chart.paint(graphics, width, height);
        } finally {
            graphics.dispose();
        }
        PDFormXObject form = graphics.getXFormObject();
        y -= height + 6;
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance((float) MARGIN, (float) y));
        content.drawForm(form);
        content.restoreGraphicsState();
        y -= 6;
    }

    /** A coloured tag such as a severity: a filled box with white bold text. */
    private void tag(String text, Color color, double x, double baseline) throws IOException {
        double w = fonts.width(text, BODY - 1, true) + 8;
        content.setNonStrokingColor(color);
        content.addRect((float) x, (float) (baseline - 3), (float) w, (float) (BODY + 3));
        content.fill();
        write(text, x + 4, baseline, BODY - 1, true, Color.WHITE);
    }

    /** A line that starts with a tag and continues with bold text, wrapped. */
    void taggedLine(String tag, Color color, String text) throws IOException {
        double tagWidth = fonts.width(tag, BODY - 1, true) + 13;
        List<String> lines = wrap(text, BODY + 0.5, true, width() - tagWidth);
        need(lines.size() * BODY * 1.45 + 4);
        y -= BODY * 1.5;
        tag(tag, color, MARGIN, y);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                y -= BODY * 1.45;
            }
            write(lines.get(i), MARGIN + tagWidth, y, BODY + 0.5, true, INK);
        }
    }

    void write(String text, double x, double baseline, double textSize, boolean bold, Color color) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset((float) x, (float) baseline);
        fonts.show(content, text, textSize, bold);
        content.endText();
    }

    List<String> wrap(String text, double textSize, boolean bold, double maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, textSize, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the line (a long column name, a hash) is cut between characters.
            String rest = word;
            while (fonts.width(rest, textSize, bold) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
                int end = rest.length();
                while (end > 0 && fonts.width(rest.substring(0, end), textSize, bold) > maxWidth) {
                    end = rest.offsetByCodePoints(end, -1);
                }
                end = Math.max(end, rest.offsetByCodePoints(0, 1));
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Closes the last page and writes "page i of n" and the report's name at the foot of every page. */
    void finish(String footer) throws IOException {
        closePage();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage p = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, p,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = foot;
                String number = "Page " + (i + 1) + " of " + count;
                write(footer, MARGIN, MARGIN - 20, 7.5, false, MUTED);
                write(number, size.getWidth() - MARGIN - fonts.width(number, 7.5, false), MARGIN - 20, 7.5, false,
                        MUTED);
            }
        }
        content = null;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private interface IoSupplier {
        double get() throws IOException;
    }

    private static double unchecked(IoSupplier supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
