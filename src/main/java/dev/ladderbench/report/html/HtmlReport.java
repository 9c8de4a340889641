package dev.ladderbench.report.html;

import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.report.Figure;
import dev.ladderbench.report.ReportDocument;
import dev.ladderbench.report.ReportFigures;
import dev.ladderbench.report.ReportText;
import dev.ladderbench.report.chart.Chart;
import dev.ladderbench.report.chart.ReportCharts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The HTML report: one self-contained file (styles and SVG charts inline, nothing fetched), in which every
 * value from the data is escaped. A Content-Security-Policy forbids scripts and network access as a second
 * line of defence: even a value that slipped through unescaped could not run.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Verdana,sans-serif;color:#222;max-width:820px;margin:2em auto;padding:0 1em;\
            line-height:1.45}
            h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
            h3{font-size:1.05em;margin-top:1.4em}
            dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1.2em}
            dl.figures dt{color:#5a5a5a}dl.figures dd{margin:0;font-weight:bold;overflow-wrap:anywhere}
            table{border-collapse:collapse}td,th{padding:.2em .8em .2em 0;text-align:left;border-bottom:1px solid #ddd}
            .tag{display:inline-block;color:#fff;font-weight:bold;font-size:.8em;padding:0 .4em;border-radius:3px;\
            margin-right:.4em}
            .fail{background:#c0392b}.warn{background:#d68910}.info{background:#2e86c1}.pass{background:#2e8b57}\
            .manual,.skipped{background:#7f8c8d}
            .finding{margin:.8em 0}.finding p{margin:.2em 0 .2em 1.2em}.muted{color:#5a5a5a}
            svg{display:block;max-width:100%;height:auto;margin:.8em 0}
            nav a{margin-right:1em}
            """;

    private final ReportDocument report;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private int charts;

    private HtmlReport(ReportDocument report) {
        this.report = report;
    }

    public static String render(ReportDocument report) {
        return new HtmlReport(report).document();
    }

    /** Writes the file whole or not at all. */
    public static void write(ReportDocument report, Path file) throws IOException {
        byte[] bytes = render(report).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private String document() {
        String title = ReportText.title(report.metadata());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        titleSection();
        for (RungResult rung : report.result().rungs()) {
            rung(rung);
        }
        report.result().errors().ifPresent(this::errors);
        report.checklist().ifPresent(checklist -> {
            html.append("<section id=\"checklists\">\n<h2>Checklists</h2>\n");
            checklist("Development checklist", checklist.development());
            checklist("Production checklist", checklist.production());
            html.append("</section>\n");
        });
        appendix();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void titleSection() {
        html.append("<header>\n<h1>Ladderbench report</h1>\n<p><strong>").append(Html.escape(report.metadata().dataFile()))
                .append("</strong>: the debugging ladder for target ").append(Html.escape(report.metadata().target()))
                .append(", ").append(ReportText.tally(report.result().findings())).append(".</p>\n");
        String overrides = ReportText.overrides(report.result());
        if (!overrides.isEmpty()) {
            html.append("<p class=\"muted\">").append(Html.escape(overrides)).append("</p>\n");
        }
        figures(ReportFigures.titlePage(report.metadata()));
        html.append("<nav>");
        for (RungResult rung : report.result().rungs()) {
            html.append("<a href=\"#rung-").append(rung.id().id()).append("\">").append(Html.escape(rung.id().label()))
                    .append("</a>");
        }
        if (report.result().errors().isPresent()) {
            html.append("<a href=\"#errors\">Errors</a><a href=\"#thresholds\">Threshold</a>");
        }
        if (report.checklist().isPresent()) {
            html.append("<a href=\"#checklists\">Checklists</a>");
        }
        html.append("<a href=\"#codes\">Finding codes</a></nav>\n");
        html.append("<h3>Thresholds in force</h3>\n");
        figures(ReportFigures.thresholdsInForce(report.metadata().settings().thresholds()));
        html.append("</header>\n");
    }

    private void rung(RungResult rung) {
        html.append("<section id=\"rung-").append(rung.id().id()).append("\">\n<h2>")
                .append(Html.escape(ReportText.rungHeading(rung))).append("</h2>\n");
        figures(ReportFigures.rung(rung));
        charts(ReportCharts.forRung(rung, report.result().positiveLabel(),
                report.metadata().settings().thresholds().leakageAuc()));
        findings(rung.findings());
        html.append("</section>\n");
    }

    private void errors(ErrorReport errors) {
        html.append("<section id=\"errors\">\n<h2>Error analysis</h2>\n");
        figures(ReportFigures.errors(errors));
        charts(ReportCharts.forErrors(errors, report.result().positiveLabel()));
        html.append("</section>\n<section id=\"thresholds\">\n<h2>Threshold and calibration</h2>\n")
                .append("<p class=\"muted\">Suggested on ").append(Html.escape(errors.source().label()))
                .append(" validation predictions, never on a test set.</p>\n<table>\n<tr>");
        ReportFigures.THRESHOLD_COLUMNS.forEach(c -> html.append("<th>").append(Html.escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : ReportFigures.thresholdRows(errors)) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        charts(ReportCharts.forThresholds(errors));
        findings(errors.untuned().stream().toList());
        html.append("</section>\n");
    }

    private void findings(List<Finding> findings) {
        html.append("<h3>Findings</h3>\n");
        if (findings.isEmpty()) {
            html.append("<p class=\"muted\">None.</p>\n");
        }
        for (Finding f : findings) {
            html.append("<div class=\"finding\"><div><span class=\"tag ").append(f.severity().id()).append("\">")
                    .append(f.severity().id()).append("</span><strong>").append(Html.escape(ReportText.findingLine(f)))
                    .append("</strong></div>\n<p>").append(Html.escape(f.detail())).append("</p>\n");
            String columns = ReportText.columns(f);
            if (!columns.isEmpty()) {
                html.append("<p>").append(Html.escape(columns)).append("</p>\n");
            }
            html.append("<p class=\"muted\">Why it matters: ").append(Html.escape(f.code().why())).append("</p>\n")
                    .append("<p class=\"muted\">How to fix: ").append(Html.escape(f.code().fix())).append("</p></div>\n");
        }
    }

    private void checklist(String heading, List<ChecklistItem> items) {
        html.append("<h3>").append(Html.escape(heading)).append("</h3>\n<table>\n");
        for (ChecklistItem item : items) {
            html.append("<tr><td><span class=\"tag ").append(item.status().id()).append("\">").append(item.status().id())
                    .append("</span></td><td>").append(Html.escape(item.group().label())).append("</td><td><strong>")
                    .append(item.check().ticked() ? "☑ " : "").append(Html.escape(item.item())).append("</strong><br>")
                    .append("<span class=\"muted\">").append(Html.escape(item.evidence())).append("</span>");
            if (!item.check().note().isEmpty()) {
                html.append("<br>Note: ").append(Html.escape(item.check().note()));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void appendix() {
        html.append("<section id=\"codes\">\n<h2>Appendix: finding codes</h2>\n<table>\n")
                .append("<tr><th>Code</th><th>Layer</th><th>Default</th><th>What it means</th></tr>\n");
        for (FindingCode code : FindingCode.values()) {
            html.append("<tr><td><code>").append(code.id()).append("</code></td><td>").append(code.layer().id())
                    .append("</td><td>").append(code.defaultSeverity().id()).append("</td><td><strong>")
                    .append(Html.escape(code.title())).append("</strong><br><span class=\"muted\">")
                    .append(Html.escape(code.why())).append(" ").append(Html.escape(code.fix()))
                    .append("</span></td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private void figures(List<Figure> figures) {
        html.append("<dl class=\"figures\">\n");
        for (Figure f : figures) {
            html.append("<dt>").append(Html.escape(f.label())).append("</dt><dd>").append(Html.escape(f.value()))
                    .append("</dd>\n");
        }
        html.append("</dl>\n");
    }

    private void charts(List<Chart> list) {
        for (Chart chart : list) {
            html.append(SvgCharts.svg(chart, "chart" + (++charts))).append('\n');
        }
    }
}
