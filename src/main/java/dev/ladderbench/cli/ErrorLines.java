package dev.ladderbench.cli;

import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.ThresholdSuggestions;
import dev.ladderbench.core.analysis.ThresholdTuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The console lines of the error step: the Errors section and the Threshold section. */
final class ErrorLines {

    private ErrorLines() {
    }

    /** "Errors: forest, out-of-fold predictions, 768 rows at threshold 0.5". */
    static String errorsHeading(ErrorReport report) {
        return String.format(Locale.ROOT, "Errors: %s, %s predictions, %d rows at threshold %s", report.model().id(),
                report.source().label(), report.rowsScored(), threshold(report.threshold()));
    }

    static List<String> errors(ErrorReport report) {
        ErrorConfidence confidence = report.analysis().confidence();
        List<String> lines = new ArrayList<>(atBothThresholds(report));
        lines.add(String.format(Locale.ROOT, "ROC AUC %.3f, PR-AUC %.3f on these predictions", report.rocAuc(),
                report.averagePrecision()));
        lines.add(String.format(Locale.ROOT, "Mean confidence: false negatives %s, false positives %s",
                probability(confidence.of(Outcome.FALSE_NEGATIVE).meanProbability()),
                probability(confidence.of(Outcome.FALSE_POSITIVE).meanProbability())));
        lines.add(String.format(Locale.ROOT, "%s (within %.2f of the threshold: more data may help), %d"
                        + " high-confidence (systematic: investigate)",
                LadderPrinter.counted(confidence.lowConfidenceErrors(), "low-confidence error"), confidence.margin(),
                confidence.highConfidenceErrors()));
        lines.add("Missed positives differ from caught ones in: " + flagged(report.analysis().missedPositives()));
        lines.add("False alarms differ from true negatives in: " + flagged(report.analysis().falseAlarms()));
        return lines;
    }

    /**
     * The figures at the chosen threshold, with the article's 0.5 in a second column when another threshold
     * is chosen: the matrix, the error rates, precision, recall and F1.
     */
    private static List<String> atBothThresholds(ErrorReport report) {
        List<ConfusionCounts> columns = new ArrayList<>(List.of(report.counts()));
        if (report.threshold() != ThresholdTuning.DEFAULT_THRESHOLD) {
            columns.add(report.analysis().sweep().at(ThresholdTuning.DEFAULT_THRESHOLD));
        }
        // Each matrix cell padded to the widest count, so the two rows of the matrix line up.
        int width = columns.stream().mapToInt(c -> String.valueOf(Math.max(Math.max(c.truePositives(),
                c.falsePositives()), Math.max(c.trueNegatives(), c.falseNegatives()))).length()).max().orElse(1);
        String cell = "%" + width + "d";
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells("", columns, c -> "at " + threshold(c.threshold())));
        rows.add(cells("", columns, c -> String.format(Locale.ROOT, "TP " + cell + "  FP " + cell, c.truePositives(),
                c.falsePositives())));
        rows.add(cells("", columns, c -> String.format(Locale.ROOT, "FN " + cell + "  TN " + cell, c.falseNegatives(),
                c.trueNegatives())));
        rows.add(cells("false negative rate", columns, c -> String.format(Locale.ROOT, "%.3f (%d of %d positives)",
                c.falseNegativeRate(), c.falseNegatives(), c.positives())));
        rows.add(cells("false positive rate", columns, c -> String.format(Locale.ROOT, "%.3f (%d of %d negatives)",
                c.falsePositiveRate(), c.falsePositives(), c.negatives())));
        rows.add(cells("precision", columns, c -> String.format(Locale.ROOT, "%.3f", c.precision())));
        rows.add(cells("recall", columns, c -> String.format(Locale.ROOT, "%.3f", c.recall())));
        rows.add(cells("F1", columns, c -> String.format(Locale.ROOT, "%.3f", c.f1())));
        return aligned(rows);
    }

    private static List<String> cells(String name, List<ConfusionCounts> columns,
                                      Function<ConfusionCounts, String> text) {
        List<String> row = new ArrayList<>(List.of(name));
        columns.forEach(c -> row.add(text.apply(c)));
        return row;
    }

    /** Left-aligned columns two spaces apart, trailing spaces trimmed. */
    private static List<String> aligned(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        return rows.stream().map(row -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
            }
            return line.toString().stripTrailing();
        }).toList();
    }

    static String thresholdHeading() {
        return "Threshold: suggestions chosen on validation (out-of-fold) predictions";
    }

    static List<String> thresholds(ErrorReport report) {
        ThresholdSuggestions s = report.thresholds();
        List<String> lines = new ArrayList<>();
        lines.add(operatingPoint("at 0.5", s.atDefault()));
        if (s.chosen().threshold() != ThresholdTuning.DEFAULT_THRESHOLD) {
            lines.add(operatingPoint("chosen", s.chosen()));
        }
        lines.addAll(List.of(
                operatingPoint("best F1", s.bestF1()),
                operatingPoint("Youden's J", s.youden()),
                operatingPoint(String.format(Locale.ROOT, "recall %.1f", ThresholdSuggestions.TARGET_RECALL),
                        s.targetRecall()),
                operatingPoint(String.format(Locale.ROOT, "cost %.0f", ThresholdSuggestions.COST_RATIO), s.minCost())));
        return lines;
    }

    /** The flagged contrasts with the largest effects, "plas 1.89, mass 0.66", or "none flagged". */
    private static String flagged(FeatureComparison comparison) {
        List<FeatureContrast> flagged = comparison.contrasts().stream().filter(FeatureContrast::flagged)
                .limit(LadderPrinter.TOP).toList();
        if (flagged.isEmpty()) {
            return "none flagged (no feature's mean moves by more than " + FeatureComparison.FLAG_EFFECT + " std)";
        }
        return LadderPrinter.joined(flagged, f -> f.label() + " " + effect(f.effectSize())) + " (effect in std)";
    }

    private static String operatingPoint(String name, ConfusionCounts c) {
        return String.format(Locale.ROOT, "%-11s threshold %-6s  precision %.3f  recall %.3f  F1 %.3f  FN %d (%.3f)"
                        + "  FP %d (%.3f)", name, threshold(c.threshold()), c.precision(), c.recall(), c.f1(),
                c.falseNegatives(), c.falseNegativeRate(), c.falsePositives(), c.falsePositiveRate());
    }

    /** A threshold as given ("0.5", "0.3125"), up to 4 decimals; +Infinity flags nothing. */
    private static String threshold(double t) {
        if (Double.isInfinite(t)) {
            return "none";
        }
        return String.format(Locale.ROOT, "%.4f", t).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }

    private static String probability(double p) {
        return Double.isNaN(p) ? "- (none)" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Infinite when the caught rows do not vary at all but the errors differ. */
    private static String effect(double effect) {
        return Double.isInfinite(effect) ? "inf" : String.format(Locale.ROOT, "%.2f", effect);
    }
}
