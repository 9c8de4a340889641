package dev.ladderbench.report;

import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.ThresholdSuggestions;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.ladder.Thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures every format prints, worded and rounded once here so that the PDF, the HTML and the
 * Markdown show the same numbers the same way.
 */
public final class ReportFigures {

    private ReportFigures() {
    }

    /** What the title page lists. */
    public static List<Figure> titlePage(ReportMetadata m) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Dataset", m.dataFile()));
        figures.add(new Figure("Rows × columns", m.rows() + " × " + m.columns()));
        figures.add(new Figure("Target", m.target()));
        figures.add(new Figure("Task", m.task().label()));
        if (!m.positiveLabel().isEmpty()) {
            figures.add(new Figure("Positive class", m.positiveLabel()));
        }
        figures.add(new Figure("Settings", m.settingsText()));
        figures.add(new Figure("Seed", Long.toString(m.settings().seed())));
        figures.add(new Figure("Data SHA-256", m.sha256()));
        figures.add(new Figure("Versions", m.versionsText()));
        figures.add(new Figure("Generated", m.generatedText()));
        return figures;
    }

    /** The limits the findings were judged against (DESIGN.md: the report prints the values in force). */
    public static List<Figure> thresholdsInForce(Thresholds t) {
        return List.of(
                new Figure("Leakage: single-feature AUC above", number(t.leakageAuc())),
                new Figure("Imbalance: minority share below", percent(t.minorityShare())),
                new Figure("Missing values: warn above", percent(t.missingWarnShare())),
                new Figure("No signal: linear AUC within of the dummy", number(t.noSignalMargin())),
                new Figure("Scale: largest / smallest std above", String.format(Locale.ROOT, "%.0f", t.scaleRatio())),
                new Figure("Overfitting: train − validation AUC above", number(t.overfitGap())),
                new Figure("Unstable folds: fold AUC std above", number(t.unstableFoldStd())),
                new Figure("Regression: numeric target with more classes than", Integer.toString(t.maxNumericClasses())),
                new Figure("Untuned threshold: best-F1 threshold farther from 0.5 than", number(t.thresholdDistance())),
                new Figure("Untuned threshold: and F1 gain above", number(t.thresholdF1Gain())));
    }

    /** A rung's figures; a skipped rung has only its reason. */
    public static List<Figure> rung(RungResult rung) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Status", rung.status().id()));
        rung.sanity().ifPresent(s -> figures.addAll(sanity(s)));
        rung.model().ifPresent(m -> figures.addAll(model(m)));
        rung.skippedBecause().ifPresent(why -> figures.add(new Figure("Skipped because", why)));
        figures.add(new Figure("Time", String.format(Locale.ROOT, "%.1f s", rung.seconds())));
        return figures;
    }

    /** Rung 0's figures; when the leakage probe ran on a sample, a last figure says which rows. */
    private static List<Figure> sanity(SanityFigures s) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("Rows", Integer.toString(s.rows())),
                new Figure("Feature columns", Integer.toString(s.featureHealth().size())),
                new Figure("Rows without a label", Integer.toString(s.labelMissing())),
                new Figure("Missing feature cells", Long.toString(s.missingCells())),
                new Figure("Infinite feature cells", Long.toString(s.infiniteCells())),
                new Figure("Duplicate rows", Integer.toString(s.duplicateRows())),
                new Figure("Groups with conflicting labels", Integer.toString(s.conflictingGroups())),
                new Figure("Prevalence of the positive class", percent(s.prevalence())),
                new Figure("Highest single-feature AUC", s.leakage().isEmpty() ? "–"
                        : number(s.leakage().get(0).treeAuc()) + " (" + s.leakage().get(0).feature() + ")")));
        if (s.probeRows().sampled()) {
            figures.add(new Figure("Leakage probe rows", s.probeRows().describe()));
        }
        return figures;
    }

    /** A model rung's figures; when it was cross-validated on a sample, the first figure after the model says so. */
    private static List<Figure> model(ModelFigures m) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("Model", m.model()),
                new Figure("ROC AUC", scores(m.rocAuc())),
                new Figure("ROC AUC per fold", folds(m.rocAuc())),
                new Figure("PR-AUC", scores(m.averagePrecision())),
                new Figure("Training ROC AUC", number(m.trainRocAuc().mean())),
                new Figure("Dummy ROC AUC", number(m.baselineRocAuc())),
                new Figure("Prevalence (PR-AUC of the dummy)", number(m.prevalence()))));
        if (m.rows().sampled()) {
            figures.add(1, new Figure("Rows modelled", m.rows().describe()));
        }
        return figures;
    }

    /** The error step's headline figures. */
    public static List<Figure> errors(ErrorReport report) {
        ConfusionCounts c = report.counts();
        ErrorConfidence confidence = report.analysis().confidence();
        return List.of(
                new Figure("Model", report.model().label()),
                new Figure("Predictions", report.source().label() + ", " + report.rowsScored() + " rows"),
                new Figure("Threshold", number(report.threshold())),
                new Figure("Confusion", "TP " + c.truePositives() + ", FP " + c.falsePositives() + ", TN "
                        + c.trueNegatives() + ", FN " + c.falseNegatives()),
                new Figure("Missed positives (FN rate)", percent(c.falseNegativeRate())),
                new Figure("False alarms (FP rate)", percent(c.falsePositiveRate())),
                new Figure("ROC AUC / PR-AUC", number(report.rocAuc()) + " / " + number(report.averagePrecision())),
                new Figure("Mean probability of the false negatives",
                        number(confidence.of(Outcome.FALSE_NEGATIVE).meanProbability())),
                new Figure("Mean probability of the false positives",
                        number(confidence.of(Outcome.FALSE_POSITIVE).meanProbability())),
                new Figure("Errors within " + number(confidence.margin()) + " of the threshold (unsure)",
                        Integer.toString(confidence.lowConfidenceErrors())),
                new Figure("Errors beyond it (confident: systematic)", Integer.toString(confidence.highConfidenceErrors())),
                new Figure("Brier score", number(report.analysis().calibration().brierScore())));
    }

    /** The columns of {@link #thresholdRows}. */
    public static final List<String> THRESHOLD_COLUMNS = List.of("Choice", "Threshold", "Precision", "Recall", "F1");

    /** The suggested thresholds, each a row of {@link #THRESHOLD_COLUMNS}. */
    public static List<List<String>> thresholdRows(ErrorReport report) {
        ThresholdSuggestions s = report.thresholds();
        return List.of(
                thresholdRow("Default 0.5", s.atDefault()),
                thresholdRow("Best F1", s.bestF1()),
                thresholdRow("Youden's J", s.youden()),
                thresholdRow("Recall " + number(ThresholdSuggestions.TARGET_RECALL), s.targetRecall()),
                thresholdRow("Cost ratio " + String.format(Locale.ROOT, "%.0f", ThresholdSuggestions.COST_RATIO),
                        s.minCost()));
    }

    private static List<String> thresholdRow(String name, ConfusionCounts c) {
        return List.of(name, Double.isInfinite(c.threshold()) ? "none positive" : number(c.threshold()),
                number(c.precision()), number(c.recall()), number(c.f1()));
    }

    static String scores(FoldScores scores) {
        return number(scores.mean()) + " ± " + number(scores.std());
    }

    static String folds(FoldScores scores) {
        StringBuilder text = new StringBuilder();
        for (double fold : scores.folds()) {
            text.append(text.length() == 0 ? "" : ", ").append(number(fold));
        }
        return text.toString();
    }

    /** Three decimals, or a dash for a figure that could not be computed. */
    public static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "–";
    }

    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "–";
    }
}
