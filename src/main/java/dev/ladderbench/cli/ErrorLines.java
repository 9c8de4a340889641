package dev.ladderbench.cli;

import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.ThresholdSuggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        ConfusionCounts c = report.counts();
        ErrorConfidence confidence = report.analysis().confidence();
        // Padded to the widest count, so the two rows of the matrix line up.
        int width = String.valueOf(Math.max(Math.max(c.truePositives(), c.falsePositives()),
                Math.max(c.trueNegatives(), c.falseNegatives()))).length();
        String cell = "%" + width + "d";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "TP " + cell + "  FP " + cell, c.truePositives(), c.falsePositives()));
        lines.add(String.format(Locale.ROOT, "FN " + cell + "  TN " + cell, c.falseNegatives(), c.trueNegatives()));
        lines.add(String.format(Locale.ROOT, "False negative rate %.3f (%d of %d positives), false positive rate %.3f"
                        + " (%d of %d negatives)", c.falseNegativeRate(), c.falseNegatives(), c.positives(),
                c.falsePositiveRate(), c.falsePositives(), c.negatives()));
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

    static String thresholdHeading() {
        return "Threshold: suggestions chosen on validation (out-of-fold) predictions";
    }

    static List<String> thresholds(ErrorReport report) {
        ThresholdSuggestions s = report.thresholds();
        return List.of(
                operatingPoint("at 0.5", s.atDefault()),
                operatingPoint("best F1", s.bestF1()),
                operatingPoint("Youden's J", s.youden()),
                operatingPoint(String.format(Locale.ROOT, "recall %.1f", ThresholdSuggestions.TARGET_RECALL),
                        s.targetRecall()),
                operatingPoint(String.format(Locale.ROOT, "cost %.0f", ThresholdSuggestions.COST_RATIO), s.minCost()));
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
        return String.format(Locale.ROOT, "%-11s threshold %-6s  precision %.3f  recall %.3f  F1 %.3f", name,
                threshold(c.threshold()), c.precision(), c.recall(), c.f1());
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
