package dev.ladderbench.cli;

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
import dev.ladderbench.core.drift.RetypedColumn;
import dev.ladderbench.core.finding.Finding;

import dev.ladderbench.report.DriftText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The console output of {@code drift}: the thresholds in force, the schema, a table of the features, unseen
 * categories, out-of-range counts, the model's prediction drift and production AUC, the findings with their
 * fixes, and the recommendation.
 */
final class DriftPrinter {

    private final PrintWriter out;

    DriftPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(DriftResult result, int exitCode) {
        DriftRequest request = result.request();
        out.printf(Locale.ROOT, "Drift: %s (%d rows) against training %s (%d rows)%n", request.production().name(),
                request.production().rowCount(), request.training().name(), request.training().rowCount());
        DriftThresholds t = request.thresholds();
        out.printf(Locale.ROOT, "Thresholds: PSI warn > %s, fail > %s; prediction PSI > %s; AUC drop > %s;"
                        + " out of range beyond the training range widened by %s of it on each side%n",
                t.psiWarn(), t.psiFail(), t.predictionPsi(), t.aucDrop(), percent(t.rangeMargin()));
        out.println();
        printSchema(result);
        printFeatures(result.features());
        printUnseen(result.features());
        printOutOfRange(result.features());
        result.prediction().ifPresent(this::printPrediction);
        result.performance().ifPresent(this::printPerformance);
        result.notes().forEach(note -> out.println("Note: " + note));
        if (!result.notes().isEmpty()) {
            out.println();
        }
        if (!result.findings().isEmpty()) {
            out.println("Findings:");
            result.findings().forEach(this::printFinding);
            out.println();
        }
        if (result.retraining().recommended()) {
            out.println("Recommendation: retrain.");
            result.retraining().reasons().forEach(reason -> out.println("  " + reason));
        } else {
            out.println("Recommendation: no retraining needed (no PSI above " + t.psiFail() + ", no AUC drop above "
                    + t.aucDrop() + ").");
        }
        out.println(LadderPrinter.tally(result.findings()) + " Exit " + exitCode + ".");
    }

    private void printSchema(DriftResult result) {
        if (result.schema().matches()) {
            out.println("Schema: the same columns with the same types.");
        } else {
            out.println("Schema:");
            if (!result.schema().missing().isEmpty()) {
                out.println("  missing in production: " + String.join(", ", result.schema().missing()));
            }
            if (!result.schema().extra().isEmpty()) {
                out.println("  extra in production:   " + String.join(", ", result.schema().extra()));
            }
            for (RetypedColumn r : result.schema().retyped()) {
                out.println("  retyped: " + r.column() + " is " + r.training() + " in training, " + r.production()
                        + " in production");
            }
        }
        out.println();
    }

    private void printFeatures(List<FeatureDrift> features) {
        if (features.isEmpty()) {
            out.println("No feature to compare.");
            out.println();
            return;
        }
        int width = Math.max(7, features.stream().mapToInt(f -> f.column().length()).max().orElse(7));
        String row = "%-" + width + "s  %-11s  %7s  %-16s  %9s  %s%n";
        out.printf(Locale.ROOT, row, "feature", "type", "PSI", "test", "p", "status");
        for (FeatureDrift f : features) {
            out.printf(Locale.ROOT, row, f.column(), f.type(), String.format(Locale.ROOT, "%.3f", f.psi()),
                    DriftText.test(f), DriftText.pValue(f.pValue()), f.status().id());
        }
        out.println();
    }

    private void printUnseen(List<FeatureDrift> features) {
        List<CategoricalDrift> withUnseen = features.stream().filter(CategoricalDrift.class::isInstance)
                .map(CategoricalDrift.class::cast).filter(c -> !c.unseen().isEmpty()).toList();
        if (withUnseen.isEmpty()) {
            return;
        }
        out.println("Unseen categories (production rows):");
        withUnseen.forEach(c -> out.println("  " + c.column() + ": " + LadderPrinter.joined(c.unseen(),
                level -> "'" + level.level() + "' " + level.count())));
        out.println();
    }

    private void printOutOfRange(List<FeatureDrift> features) {
        List<NumericDrift> outside = features.stream().filter(NumericDrift.class::isInstance)
                .map(NumericDrift.class::cast).filter(n -> n.outOfRange().count() > 0).toList();
        if (outside.isEmpty()) {
            return;
        }
        out.println("Out of range (production rows):");
        for (NumericDrift n : outside) {
            OutOfRange r = n.outOfRange();
            out.printf(Locale.ROOT, "  %s: %d outside [%.4g, %.4g] (%d below, %d above; training range [%.4g, %.4g])%n",
                    n.column(), r.count(), r.low(), r.high(), r.below(), r.above(), r.trainingMin(), r.trainingMax());
        }
        out.println();
    }

    private void printPrediction(PredictionDrift p) {
        out.printf(Locale.ROOT, "Prediction drift (%s scores, training out-of-fold against production): PSI %.3f,"
                + " KS %.3f (p %s)%n", p.model(), p.psi(), p.ks(), DriftText.pValue(p.ksPValue()));
        DriftText.modelSample(p.rows()).ifPresent(out::println);
        out.println();
    }

    private void printPerformance(ProductionPerformance p) {
        out.printf(Locale.ROOT, "Production ROC AUC (%s): %.3f on %d labelled rows (%d positive); training CV AUC"
                        + " %.3f; drop %.3f%n", p.model(), p.productionAuc(), p.labelledRows(), p.positives(),
                p.trainingCvAuc(), p.drop());
        out.printf(Locale.ROOT, "AUC by window of %d rows, in %s:%n", p.windowRows(),
                p.timeColumn().map(c -> "order of " + c).orElse("file order"));
        for (AucWindow w : p.windows()) {
            out.printf(Locale.ROOT, "  %s .. %s  %5d rows  AUC %s%n", w.from(), w.to(), w.rows(),
                    Double.isNaN(w.auc()) ? "- (one class)" : String.format(Locale.ROOT, "%.3f", w.auc()));
        }
        out.println();
    }

    private void printFinding(Finding finding) {
        out.printf(Locale.ROOT, "  [%s] %s (%s): %s%n", finding.severity().name(), finding.code().id(),
                finding.layer().id(), finding.code().title());
        out.println("         " + finding.detail());
        out.println("         Fix: " + finding.code().fix());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
