package dev.ladderbench.cli;

import dev.ladderbench.core.checklist.ChecklistEvaluator;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.report.JUnitReport;
import dev.ladderbench.report.MarkdownReport;
import dev.ladderbench.report.PageSize;
import dev.ladderbench.report.ReportDocument;
import dev.ladderbench.report.html.HtmlReport;
import dev.ladderbench.report.pdf.PdfReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report files a command can write besides the JSON (a picocli mixin): PDF, HTML, Markdown and JUnit
 * XML, each written whole or not at all.
 */
final class ReportFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFiles.class);

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the PDF report to this file.")
    private Path pdf;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report (one self-contained file).")
    private Path html;

    @Option(names = "--md", paramLabel = "FILE", description = "Write the report as Markdown (for a pull request).")
    private Path markdown;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML: a test case per rung, fail"
            + " findings as failures (for CI).")
    private Path junit;

    @Option(names = "--page-size", defaultValue = "a4", paramLabel = "a4|letter", converter = PageSizeConverter.class,
            description = "Paper of the PDF report (default: ${DEFAULT-VALUE}).")
    private PageSize pageSize;

    private interface Writer {
        void write(ReportDocument report, Path file) throws IOException;
    }

    private record Target(String name, Path file, Writer writer) {
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        if (pdf != null) {
            targets.add(new Target("PDF", pdf, (r, f) -> new PdfReport(r, pageSize).write(f)));
        }
        if (html != null) {
            targets.add(new Target("HTML", html, HtmlReport::write));
        }
        if (markdown != null) {
            targets.add(new Target("Markdown", markdown, MarkdownReport::write));
        }
        if (junit != null) {
            targets.add(new Target("JUnit XML", junit, (r, f) -> new JUnitReport(r).write(f)));
        }
        return targets;
    }

    /** Before any work: a report path that is a folder would only fail after the whole climb. */
    void check() throws InvalidInputException {
        for (Target target : targets()) {
            if (Files.isDirectory(target.file())) {
                throw new InvalidInputException(target.file(), "The " + target.name() + " report path "
                        + target.file() + " is a folder; give a file name.");
            }
        }
    }

    void write(LadderResult result) throws InvalidInputException {
        // Charts are drawn with Java2D; headless, it never looks for a display, even when DISPLAY names one
        // that cannot be reached (a CI runner, an ssh session).
        System.setProperty("java.awt.headless", "true");
        // Nobody ticks a checklist on the command line: every item stands as the evidence left it.
        ReportDocument report = ReportDocument.of(result, Optional.of(ChecklistEvaluator.evaluate(result, Map.of())),
                Clock.systemUTC());
        for (Target target : targets()) {
            try {
                target.writer().write(report, target.file());
            } catch (IOException e) {
                LOG.warn("Writing {} failed", target.file(), e);
                throw new InvalidInputException(target.file(), "The " + target.name() + " report could not be"
                        + " written to " + target.file() + " (" + e.getMessage() + "); choose a folder you can write to.");
            }
        }
    }
}
