package dev.ladderbench.report.pdf;

import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.drift.AucWindow;
import dev.ladderbench.core.drift.CategoricalDrift;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.NumericDrift;
import dev.ladderbench.core.drift.OutOfRange;
import dev.ladderbench.core.drift.PredictionDrift;
import dev.ladderbench.core.drift.ProductionPerformance;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.report.DriftText;
import dev.ladderbench.report.PageSize;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A drift comparison as a PDF: the two files and the thresholds in force, the recommendation, the findings
 * with why and how to fix, the per-feature table, unseen categories, out-of-range counts, prediction drift
 * and the production AUC by window. Same fonts and layout as the ladder report.
 */
public final class DriftPdf {

    private final DriftResult result;
    private final PageSize pageSize;

    public DriftPdf(DriftResult result, PageSize pageSize) {
        this.result = result;
        this.pageSize = pageSize;
    }

    /** Writes the PDF whole or not at all: an existing file is replaced only when this succeeds. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, this::writeTo);
    }

    public void writeTo(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            document.getDocumentInformation().setTitle("Ladderbench drift report: " + production().name());
            document.getDocumentInformation().setCreator("Ladderbench " + Version.current());
            PdfLayout layout = new PdfLayout(document, fonts,
                    new PDRectangle((float) pageSize.width(), (float) pageSize.height()));
            summary(layout);
            PdfReport.findings(layout, result.findings(), "Findings");
            features(layout);
            if (result.prediction().isPresent()) {
                prediction(layout, result.prediction().get());
            }
            if (result.performance().isPresent()) {
                performance(layout, result.performance().get());
            }
            layout.finish("Ladderbench drift report · " + production().name());
            document.save(out);
        }
    }

    private DriftRequest request() {
        return result.request();
    }

    private Dataset production() {
        return request().production();
    }

    private void summary(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Drift report", 1);
        layout.paragraph(production().name() + " against " + request().training().name(), 14, true, PdfLayout.INK, 0);
        layout.space(8);
        DriftThresholds t = request().thresholds();
        layout.table(List.of("", "Training", "Production"), List.of(
                        List.of("File", request().training().name(), production().name()),
                        List.of("Rows", Integer.toString(request().training().rowCount()),
                                Integer.toString(production().rowCount())),
                        List.of("SHA-256", result.trainingSha256(), result.productionSha256())),
                new double[]{0.16, 0.42, 0.42});
        layout.space(8);
        layout.paragraph(String.format(Locale.ROOT, "Thresholds in force: PSI warn above %s, fail above %s;"
                        + " prediction PSI above %s; AUC drop above %s; out of range beyond the training range widened"
                        + " by %.0f %% of it on each side. Ladderbench %s.", t.psiWarn(), t.psiFail(), t.predictionPsi(),
                t.aucDrop(), 100 * t.rangeMargin(), Version.current()), PdfLayout.BODY, false, PdfLayout.MUTED, 0);
        layout.space(10);
        if (result.retraining().recommended()) {
            layout.paragraph("Retraining recommended.", 12, true, PdfReport.color(Severity.FAIL), 0);
            for (String reason : result.retraining().reasons()) {
                layout.paragraph("• " + reason, PdfLayout.BODY, false, PdfLayout.INK, 8);
            }
        } else {
            layout.paragraph("No retraining needed: no PSI above " + t.psiFail() + " and no AUC drop above "
                    + t.aucDrop() + ".", 12, true, PdfLayout.INK, 0);
        }
        for (String note : result.notes()) {
            layout.paragraph("Note: " + note, PdfLayout.BODY, false, PdfLayout.MUTED, 0);
        }
    }

    private void features(PdfLayout layout) throws IOException {
        layout.heading("Features", 2);
        if (!result.schema().matches()) {
            layout.paragraph("Columns not compared: missing in production " + String.join(", ", result.schema().missing())
                    + "; extra in production " + String.join(", ", result.schema().extra()) + "; retyped "
                    + result.schema().retyped().size() + ".", PdfLayout.BODY, false, PdfLayout.INK, 0);
        }
        List<List<String>> rows = new ArrayList<>();
        for (FeatureDrift f : result.features()) {
            rows.add(List.of(f.column(), f.type(), String.format(Locale.ROOT, "%.3f", f.psi()), DriftText.test(f),
                    DriftText.pValue(f.pValue()), f.status().id()));
        }
        layout.table(List.of("Feature", "Type", "PSI", "Test", "p", "Status"), rows,
                new double[]{0.28, 0.13, 0.1, 0.22, 0.14, 0.13});
        for (FeatureDrift f : result.features()) {
            if (f instanceof CategoricalDrift c && !c.unseen().isEmpty()) {
                layout.paragraph("Unseen in " + c.column() + ": " + String.join(", ", c.unseen().stream()
                        .map(level -> "'" + level.level() + "' in " + level.count() + " rows").toList()) + ".",
                        PdfLayout.BODY, false, PdfLayout.INK, 0);
            }
            if (f instanceof NumericDrift n && n.outOfRange().count() > 0) {
                OutOfRange r = n.outOfRange();
                layout.paragraph(String.format(Locale.ROOT, "Out of range in %s: %d rows outside [%.4g, %.4g]"
                                + " (%d below, %d above; training range [%.4g, %.4g]).", n.column(), r.count(), r.low(),
                        r.high(), r.below(), r.above(), r.trainingMin(), r.trainingMax()),
                        PdfLayout.BODY, false, PdfLayout.INK, 0);
            }
        }
    }

    private void prediction(PdfLayout layout, PredictionDrift p) throws IOException {
        layout.heading("Prediction drift", 2);
        layout.paragraph(String.format(Locale.ROOT, "%s scores, training out-of-fold against production: PSI %.3f,"
                + " KS %.3f (p %s).", p.model(), p.psi(), p.ks(), DriftText.pValue(p.ksPValue()))
                + DriftText.modelSample(p.rows()).map(sample -> " " + sample).orElse(""),
                PdfLayout.BODY, false, PdfLayout.INK, 0);
    }

    private void performance(PdfLayout layout, ProductionPerformance p) throws IOException {
        layout.heading("Production AUC", 2);
        layout.paragraph(String.format(Locale.ROOT, "%s: ROC AUC %.3f on %d labelled production rows (%d positive)"
                        + " against %.3f in training cross-validation; drop %.3f.", p.model(), p.productionAuc(),
                p.labelledRows(), p.positives(), p.trainingCvAuc(), p.drop()), PdfLayout.BODY, false, PdfLayout.INK, 0);
        List<List<String>> rows = new ArrayList<>();
        for (AucWindow w : p.windows()) {
            rows.add(List.of(w.from() + " .. " + w.to(), Integer.toString(w.rows()),
                    Double.isNaN(w.auc()) ? "– (one class)" : String.format(Locale.ROOT, "%.3f", w.auc())));
        }
        layout.table(List.of("Window (" + p.timeColumn().map(c -> "by " + c).orElse("file order") + ")", "Rows",
                "ROC AUC"), rows, new double[]{0.5, 0.2, 0.3});
    }
}
