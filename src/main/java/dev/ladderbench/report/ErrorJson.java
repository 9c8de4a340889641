package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.analysis.Calibration;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorAnalysis;
import dev.ladderbench.core.analysis.ErrorConfidence;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.Histogram;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.ReliabilityBin;
import dev.ladderbench.core.analysis.ThresholdSuggestions;
import dev.ladderbench.core.analysis.ThresholdTuning;

/**
 * The {@code error_analysis} and {@code thresholds} sections of the JSON report. Keys are spelled out
 * here, not derived from the records, so renaming a Java accessor cannot rename a public key.
 */
final class ErrorJson {

    static final String CHOSEN_ON = "validation (out-of-fold) predictions";

    private ErrorJson() {
    }

    static ObjectNode errorAnalysis(ErrorReport report) {
        ErrorAnalysis analysis = report.analysis();
        ConfusionCounts counts = report.counts();
        ErrorConfidence confidence = analysis.confidence();
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("model", report.model().id());
        node.put("predictions", report.source().id());
        node.put("threshold", report.threshold());
        node.put("rows_scored", report.rowsScored());
        node.putObject("confusion")
                .put("tp", counts.truePositives())
                .put("fp", counts.falsePositives())
                .put("tn", counts.trueNegatives())
                .put("fn", counts.falseNegatives());
        Numbers.put(node, "fn_rate", counts.falseNegativeRate());
        Numbers.put(node, "fp_rate", counts.falsePositiveRate());
        Numbers.put(node, "precision", counts.precision());
        Numbers.put(node, "recall", counts.recall());
        Numbers.put(node, "f1", counts.f1());
        // The same figures at the article's 0.5 on the same predictions, whatever the chosen threshold.
        node.set("at_0_5", operatingPoint(analysis.sweep().at(ThresholdTuning.DEFAULT_THRESHOLD)));
        Numbers.put(node, "roc_auc", report.rocAuc());
        Numbers.put(node, "pr_auc", report.averagePrecision());
        Numbers.put(node, "mean_confidence_fn", confidence.of(Outcome.FALSE_NEGATIVE).meanProbability());
        Numbers.put(node, "mean_confidence_fp", confidence.of(Outcome.FALSE_POSITIVE).meanProbability());
        node.put("confidence_margin", confidence.margin());
        node.put("low_confidence_errors", confidence.lowConfidenceErrors());
        node.put("high_confidence_errors", confidence.highConfidenceErrors());
        node.set("feature_comparison", comparison(analysis.missedPositives(), "caught", "missed"));
        node.set("false_alarm_comparison", comparison(analysis.falseAlarms(), "true_negative", "false_positive"));
        node.set("histograms", histograms(confidence));
        node.set("calibration", calibration(analysis.calibration()));
        return node;
    }

    static ObjectNode thresholds(ErrorReport report) {
        ThresholdSuggestions suggestions = report.thresholds();
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.set("at_0_5", operatingPoint(suggestions.atDefault()));
        node.set("chosen", operatingPoint(suggestions.chosen()));
        node.set("best_f1", operatingPoint(suggestions.bestF1()));
        node.set("youden", operatingPoint(suggestions.youden()));
        node.set("recall_0_9", operatingPoint(suggestions.targetRecall()));
        node.set("cost_5", operatingPoint(suggestions.minCost()));
        node.put("chosen_on", CHOSEN_ON);
        return node;
    }

    /**
     * One entry per feature (and per level of a categorical one, {@code level} present only then), largest
     * effect first as the analysis sorts them; the words name the reference and the error cell.
     */
    private static ArrayNode comparison(FeatureComparison comparison, String reference, String errors) {
        ArrayNode array = JsonReport.MAPPER.createArrayNode();
        for (FeatureContrast c : comparison.contrasts()) {
            ObjectNode entry = array.addObject().put("feature", c.feature());
            if (c.isLevel()) {
                entry.put("level", c.level());
            }
            Numbers.put(entry, "mean_" + reference, c.referenceMean());
            Numbers.put(entry, "mean_" + errors, c.errorMean());
            Numbers.put(entry, "std_" + reference, c.referenceStd());
            // An infinite effect (the reference does not vary, the errors do) is null, and flagged says so.
            Numbers.put(entry, "effect", c.effectSize());
            entry.put("flagged", c.flagged());
        }
        return array;
    }

    /** The bin edges (one more than the counts, as numpy's histogram) and each cell's counts. */
    private static ObjectNode histograms(ErrorConfidence confidence) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        Histogram shape = confidence.of(Outcome.FALSE_NEGATIVE).histogram();
        ArrayNode edges = node.putArray("bins");
        for (int bin = 0; bin < shape.bins(); bin++) {
            edges.add(shape.lowerEdge(bin));
        }
        edges.add(shape.upperEdge(shape.bins() - 1));
        counts(node, "fn", confidence, Outcome.FALSE_NEGATIVE);
        counts(node, "fp", confidence, Outcome.FALSE_POSITIVE);
        counts(node, "tp", confidence, Outcome.TRUE_POSITIVE);
        counts(node, "tn", confidence, Outcome.TRUE_NEGATIVE);
        return node;
    }

    private static void counts(ObjectNode node, String key, ErrorConfidence confidence, Outcome outcome) {
        ArrayNode array = node.putArray(key);
        for (int count : confidence.of(outcome).histogram().counts()) {
            array.add(count);
        }
    }

    private static ObjectNode calibration(Calibration calibration) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        ArrayNode bins = node.putArray("bins");
        for (ReliabilityBin bin : calibration.bins()) {
            ObjectNode entry = bins.addObject();
            Numbers.put(entry, "mean_predicted", bin.meanPredicted());
            Numbers.put(entry, "observed", bin.observedFraction());
            entry.put("count", bin.count());
        }
        Numbers.put(node, "brier", calibration.brierScore());
        return node;
    }

    /**
     * A threshold with what it gives: precision, recall, F1, the matrix and the error rates; the threshold
     * is {@code null} for "nothing predicted positive" (+Infinity).
     */
    private static ObjectNode operatingPoint(ConfusionCounts counts) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        Numbers.put(node, "threshold", counts.threshold());
        Numbers.put(node, "precision", counts.precision());
        Numbers.put(node, "recall", counts.recall());
        Numbers.put(node, "f1", counts.f1());
        node.putObject("confusion")
                .put("tp", counts.truePositives())
                .put("fp", counts.falsePositives())
                .put("tn", counts.trueNegatives())
                .put("fn", counts.falseNegatives());
        Numbers.put(node, "fn_rate", counts.falseNegativeRate());
        Numbers.put(node, "fp_rate", counts.falsePositiveRate());
        return node;
    }
}
