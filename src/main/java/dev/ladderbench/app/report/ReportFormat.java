package dev.ladderbench.app.report;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.report.JUnitReport;
import dev.ladderbench.report.JsonReport;
import dev.ladderbench.report.MarkdownReport;
import dev.ladderbench.report.PageSize;
import dev.ladderbench.report.ReportDocument;
import dev.ladderbench.report.html.HtmlReport;
import dev.ladderbench.report.pdf.PdfReport;

import java.io.IOException;
import java.nio.file.Path;

/** A report file the Report step can write, with the name it gets beside the others. */
public enum ReportFormat {
    PDF("PDF", ".pdf"),
    HTML("HTML", ".html"),
    MARKDOWN("Markdown", ".md"),
    JSON("JSON", ".json"),
    // Its own suffix, so that it never takes the name of an XML file a person keeps beside the data.
    JUNIT("JUnit XML", ".junit.xml");

    private final String label;
    private final String suffix;

    ReportFormat(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    public String label() {
        return label;
    }

    /** The file for {@code baseName} in {@code folder}, e.g. credit-g.pdf. */
    public Path file(Path folder, String baseName) {
        return folder.resolve(baseName + suffix);
    }

    /**
     * Writes the report whole or not at all (every writer goes through a temporary file); the PDF, which takes
     * over a second, reports its sections to {@code progress} and stops between them when cancelled.
     */
    void write(ReportDocument report, PageSize pageSize, Path file, ProgressListener progress,
               CancellationToken cancel) throws IOException {
        switch (this) {
            case PDF -> new PdfReport(report, pageSize, progress, cancel).write(file);
            case HTML -> HtmlReport.write(report, file);
            case MARKDOWN -> MarkdownReport.write(report, file);
            case JSON -> (report.checklist().isPresent() ? JsonReport.of(report.result(), report.checklist().get())
                    : JsonReport.of(report.result())).write(file);
            case JUNIT -> new JUnitReport(report).write(file);
        }
    }
}
