package dev.ladderbench.report;

import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.RungResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The report as Markdown for a pull request or a wiki page: the figures and findings as text and
 * tables, no charts (the PDF and HTML have them). Values from the data are escaped, so a column name
 * cannot turn into markup or HTML on the page it is pasted into.
 */
public final class MarkdownReport {

    private final ReportDocument report;
    private final StringBuilder md = new StringBuilder(16 * 1024);

    private MarkdownReport(ReportDocument report) {
        this.report = report;
    }

    public static String render(ReportDocument report) {
        return new MarkdownReport(report).document();
    }

    public static void write(ReportDocument report, Path file) throws IOException {
        byte[] bytes = render(report).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private String document() {
        ReportMetadata m = report.metadata();
        md.append("# Ladderbench report: ").append(escape(m.dataFile())).append("\n\n");
        md.append("The debugging ladder for target **").append(escape(m.target())).append("**: ")
                .append(ReportText.tally(report.result().findings())).append(".\n\n");
        String overrides = ReportText.overrides(report.result());
        if (!overrides.isEmpty()) {
            md.append("> ").append(escape(overrides)).append("\n\n");
        }
        figures(ReportFigures.titlePage(m));
        md.append("| Rung | Status | ROC AUC | PR-AUC | Findings |\n|---|---|---|---|---|\n");
        for (RungResult rung : report.result().rungs()) {
            md.append("| ").append(rung.id().label()).append(" | ").append(rung.status().id()).append(" | ")
                    .append(rung.model().map(x -> ReportFigures.number(x.rocAuc().mean())).orElse("–")).append(" | ")
                    .append(rung.model().map(x -> ReportFigures.number(x.averagePrecision().mean())).orElse("–"))
                    .append(" | ").append(rung.findings().size()).append(" |\n");
        }
        md.append('\n');
        for (RungResult rung : report.result().rungs()) {
            md.append("## ").append(escape(ReportText.rungHeading(rung))).append("\n\n");
            figures(ReportFigures.rung(rung));
            findings(rung.findings());
        }
        report.result().errors().ifPresent(this::errors);
        report.checklist().ifPresent(checklist -> {
            checklist("Development checklist", checklist.development());
            checklist("Production checklist", checklist.production());
        });
        return md.toString();
    }

    private void errors(ErrorReport errors) {
        md.append("## Error analysis\n\n");
        figures(ReportFigures.errors(errors));
        md.append("## Threshold\n\nSuggested on ").append(errors.source().label())
                .append(" validation predictions, never on a test set.\n\n");
        md.append("| ").append(String.join(" | ", ReportFigures.THRESHOLD_COLUMNS)).append(" |\n")
                .append("|---".repeat(ReportFigures.THRESHOLD_COLUMNS.size())).append("|\n");
        for (List<String> row : ReportFigures.thresholdRows(errors)) {
            md.append("| ").append(String.join(" | ", row.stream().map(MarkdownReport::escape).toList())).append(" |\n");
        }
        md.append('\n');
        findings(errors.untuned().stream().toList());
    }

    private void findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            md.append("No findings.\n\n");
            return;
        }
        for (Finding f : findings) {
            md.append("- **").append(f.severity().id()).append("** `").append(f.code().id()).append("` (")
                    .append(f.layer().id()).append("): ").append(escape(f.detail())).append("  \n  *Fix:* ")
                    .append(escape(f.code().fix())).append('\n');
        }
        md.append('\n');
    }

    private void checklist(String heading, List<ChecklistItem> items) {
        md.append("## ").append(heading).append("\n\n| Status | Group | Item | Evidence |\n|---|---|---|---|\n");
        for (ChecklistItem item : items) {
            String evidence = item.evidence() + (item.check().note().isEmpty() ? "" : " Note: " + item.check().note());
            md.append("| ").append(item.status().id()).append(" | ").append(item.group().label()).append(" | ")
                    .append(item.check().ticked() ? "☑ " : "").append(escape(item.item())).append(" | ")
                    .append(escape(evidence)).append(" |\n");
        }
        md.append('\n');
    }

    private void figures(List<Figure> figures) {
        md.append("| | |\n|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(escape(f.label())).append(" | ").append(escape(f.value())).append(" |\n");
        }
        md.append('\n');
    }

    /**
     * Markdown punctuation is backslash-escaped and angle brackets become entities (renderers such as
     * GitHub's pass inline HTML through); line breaks become spaces so a value stays in its table cell.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
