package dev.ladderbench.report.pdf;

import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.checklist.ChecklistStatus;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.report.PageSize;
import dev.ladderbench.report.ReportDocument;
import dev.ladderbench.report.ReportFigures;
import dev.ladderbench.report.ReportText;
import dev.ladderbench.report.chart.Chart;
import dev.ladderbench.report.chart.ReportCharts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The PDF report: a title page, a section per rung with its figures, charts and findings, the error
 * analysis, thresholds and calibration, the checklists and an appendix of finding codes. Text is real
 * text in embedded subset fonts (selectable, searchable); charts are vector graphics; every section is
 * a bookmark; pages are numbered.
 */
public final class PdfReport {

    private static final Color FAIL = new Color(0xC0392B);
    private static final Color WARN = new Color(0xD68910);
    private static final Color INFO = new Color(0x2E86C1);
    private static final Color PASS = new Color(0x2E8B57);
    private static final Color MANUAL = new Color(0x7F8C8D);

    private final ReportDocument report;
    private final PageSize pageSize;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    public PdfReport(ReportDocument report, PageSize pageSize) {
        this(report, pageSize, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * @param progress told as each section is laid out
     * @param cancel   checked before each section and before the file is saved: a whole PDF takes over a second
     */
    public PdfReport(ReportDocument report, PageSize pageSize, ProgressListener progress, CancellationToken cancel) {
        this.report = report;
        this.pageSize = pageSize;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Writes the PDF whole or not at all: an existing file is replaced only when this succeeds. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, this::writeTo);
    }

    public void writeTo(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            info(document);
            PdfLayout layout = new PdfLayout(document, fonts,
                    new PDRectangle((float) pageSize.width(), (float) pageSize.height()));
            LadderResult result = report.result();
            int sections = result.rungs().size() + 5;
            section(0, sections, "the title page");
            titlePage(layout);
            for (RungResult rung : result.rungs()) {
                section(1 + result.rungs().indexOf(rung), sections, rung.id().label());
                rung(layout, rung);
            }
            section(sections - 4, sections, "the error analysis");
            if (result.errors().isPresent()) {
                errorAnalysis(layout, result.errors().get());
                section(sections - 3, sections, "the thresholds");
                thresholds(layout, result.errors().get());
            }
            section(sections - 2, sections, "the checklists");
            if (report.checklist().isPresent()) {
                checklists(layout, report.checklist().get());
            }
            section(sections - 1, sections, "the appendix");
            appendix(layout);
            layout.finish(footer());
            cancel.throwIfCancelled();
            document.save(out);
        }
    }

    private void section(int index, int sections, String name) {
        cancel.throwIfCancelled();
        progress.progress((double) index / sections, "Writing the PDF: " + name);
    }

    private void info(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(ReportText.title(report.metadata()));
        info.setCreator("Ladderbench " + report.metadata().ladderbenchVersion());
        info.setProducer("Ladderbench " + report.metadata().ladderbenchVersion());
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(report.metadata().generated().toEpochMilli());
        info.setCreationDate(created);
    }

    private String footer() {
        String name = report.metadata().dataFile();
        return "Ladderbench report · " + (name.length() > 60 ? name.substring(0, 57) + "…" : name);
    }

    private void titlePage(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.space(60);
        layout.heading("Ladderbench report", 1);
        layout.paragraph(report.metadata().dataFile(), 14, true, PdfLayout.INK, 0);
        layout.paragraph("The debugging ladder for target " + report.metadata().target() + ": "
                + ReportText.tally(report.result().findings()) + ".", 11, false, PdfLayout.MUTED, 0);
        String overrides = ReportText.overrides(report.result());
        if (!overrides.isEmpty()) {
            layout.paragraph(overrides, 10, false, FAIL, 0);
        }
        layout.space(18);
        layout.figures(ReportFigures.titlePage(report.metadata()));
        layout.space(18);
        layout.paragraph("Rungs", 11, true, PdfLayout.INK, 0);
        List<List<String>> rows = new ArrayList<>();
        for (RungResult rung : report.result().rungs()) {
            rows.add(List.of(rung.id().label(), rung.status().id(),
                    rung.model().map(m -> ReportFigures.number(m.rocAuc().mean())).orElse("–"),
                    rung.model().map(m -> ReportFigures.number(m.averagePrecision().mean())).orElse("–"),
                    Integer.toString(rung.findings().size())));
        }
        layout.table(List.of("Rung", "Status", "ROC AUC", "PR-AUC", "Findings"), rows,
                new double[]{0.3, 0.17, 0.18, 0.18, 0.17});
        layout.space(18);
        layout.paragraph("Thresholds in force", 11, true, PdfLayout.INK, 0);
        layout.figures(ReportFigures.thresholdsInForce(report.metadata().settings().thresholds()));
    }

    private void rung(PdfLayout layout, RungResult rung) throws IOException {
        layout.newPage();
        layout.heading(ReportText.rungHeading(rung), 1);
        layout.figures(ReportFigures.rung(rung));
        layout.space(8);
        for (Chart chart : ReportCharts.forRung(rung, report.result().positiveLabel(),
                report.metadata().settings().thresholds().leakageAuc())) {
            layout.chart(chart);
        }
        findings(layout, rung.findings(), "Findings on this rung");
    }

    static void findings(PdfLayout layout, List<Finding> findings, String heading) throws IOException {
        layout.heading(heading, 2);
        if (findings.isEmpty()) {
            layout.paragraph("None.", PdfLayout.BODY, false, PdfLayout.MUTED, 0);
            return;
        }
        for (Finding finding : findings) {
            layout.space(4);
            layout.taggedLine(finding.severity().id().toUpperCase(Locale.ROOT), color(finding.severity()),
                    ReportText.findingLine(finding));
            layout.paragraph(finding.detail(), PdfLayout.BODY, false, PdfLayout.INK, 12);
            String columns = ReportText.columns(finding);
            if (!columns.isEmpty()) {
                layout.paragraph(columns, PdfLayout.BODY, false, PdfLayout.INK, 12);
            }
            layout.paragraph("Why it matters: " + finding.code().why(), PdfLayout.BODY, false, PdfLayout.MUTED, 12);
            layout.paragraph("How to fix: " + finding.code().fix(), PdfLayout.BODY, false, PdfLayout.MUTED, 12);
        }
    }

    private void errorAnalysis(PdfLayout layout, ErrorReport errors) throws IOException {
        layout.newPage();
        layout.heading("Error analysis", 1);
        layout.figures(ReportFigures.errors(errors));
        layout.space(8);
        for (Chart chart : ReportCharts.forErrors(errors, report.result().positiveLabel())) {
            layout.chart(chart);
        }
    }

    private void thresholds(PdfLayout layout, ErrorReport errors) throws IOException {
        layout.newPage();
        layout.heading("Threshold and calibration", 1);
        layout.paragraph("Suggested on " + errors.source().label() + " validation predictions, never on a test set.",
                PdfLayout.BODY, false, PdfLayout.MUTED, 0);
        layout.space(4);
        layout.table(ReportFigures.THRESHOLD_COLUMNS, ReportFigures.thresholdRows(errors),
                new double[]{0.32, 0.17, 0.17, 0.17, 0.17});
        layout.space(8);
        for (Chart chart : ReportCharts.forThresholds(errors)) {
            layout.chart(chart);
        }
        findings(layout, errors.untuned().stream().toList(), "Findings on the threshold");
    }

    private void checklists(PdfLayout layout, Checklist checklist) throws IOException {
        layout.newPage();
        layout.heading("Checklists", 1);
        checklist(layout, "Development checklist", checklist.development());
        checklist(layout, "Production checklist", checklist.production());
    }

    private void checklist(PdfLayout layout, String heading, List<ChecklistItem> items) throws IOException {
        layout.heading(heading, 2);
        String group = "";
        for (ChecklistItem item : items) {
            if (!item.group().label().equals(group)) {
                group = item.group().label();
                layout.space(4);
                layout.paragraph(group, 10.5, true, PdfLayout.INK, 0);
            }
            layout.taggedLine(item.status().id().toUpperCase(Locale.ROOT), color(item.status()),
                    (item.check().ticked() ? "☑ " : "") + item.item());
            layout.paragraph(item.evidence(), PdfLayout.BODY, false, PdfLayout.MUTED, 12);
            if (!item.check().note().isEmpty()) {
                layout.paragraph("Note: " + item.check().note(), PdfLayout.BODY, false, PdfLayout.INK, 12);
            }
        }
    }

    private void appendix(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Appendix: finding codes", 1);
        layout.paragraph("Every code Ladderbench can raise, with its layer and default severity. Codes are a stable"
                + " contract: they never change meaning.", PdfLayout.BODY, false, PdfLayout.MUTED, 0);
        for (FindingCode code : FindingCode.values()) {
            layout.space(3);
            layout.taggedLine(code.defaultSeverity().id().toUpperCase(Locale.ROOT),
                    color(code.defaultSeverity()), code.id() + " · " + code.layer().id() + " · " + code.title());
            layout.paragraph("Why it matters: " + code.why(), PdfLayout.BODY - 0.5, false, PdfLayout.MUTED, 12);
            layout.paragraph("How to fix: " + code.fix(), PdfLayout.BODY - 0.5, false, PdfLayout.MUTED, 12);
        }
    }

    static Color color(Severity severity) {
        return switch (severity) {
            case FAIL -> FAIL;
            case WARN -> WARN;
            case INFO -> INFO;
        };
    }

    private static Color color(ChecklistStatus status) {
        return switch (status) {
            case PASS -> PASS;
            case WARN -> WARN;
            case FAIL -> FAIL;
            case MANUAL -> MANUAL;
        };
    }
}
