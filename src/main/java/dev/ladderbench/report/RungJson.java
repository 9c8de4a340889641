package dev.ladderbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.model.FeatureLeakage;
import dev.ladderbench.core.model.FeatureWeight;

/** One rung of the JSON report: its verdict and figures; a skipped rung says why instead. */
final class RungJson {

    private RungJson() {
    }

    static ObjectNode of(RungResult rung, boolean timings) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("id", rung.id().id());
        node.put("status", rung.status().id());
        if (timings) {
            node.put("seconds", rung.seconds());
        }
        rung.sanity().ifPresent(s -> node.set("metrics", sanityMetrics(s)));
        rung.model().ifPresent(m -> {
            node.set("metrics", modelMetrics(m, timings));
            if (!m.weights().isEmpty()) {
                ArrayNode weights = node.putArray("weights");
                for (FeatureWeight w : m.weights()) {
                    weights.addObject().put("feature", w.feature()).put("weight", w.weight());
                }
            }
        });
        rung.skippedBecause().ifPresent(why -> node.put("skipped_because", why));
        return node;
    }

    private static ObjectNode sanityMetrics(SanityFigures s) {
        ObjectNode metrics = JsonReport.MAPPER.createObjectNode();
        metrics.put("rows", s.rows());
        metrics.put("columns", s.columns());
        metrics.put("missing_cells", s.missingCells());
        metrics.put("infinite_cells", s.infiniteCells());
        metrics.put("duplicate_rows", s.duplicateRows());
        metrics.put("conflicting_groups", s.conflictingGroups());
        Numbers.put(metrics, "prevalence", s.prevalence());
        ArrayNode leakage = metrics.putArray("leakage");
        for (FeatureLeakage f : s.leakage()) {
            ObjectNode entry = leakage.addObject().put("feature", f.feature());
            Numbers.put(entry, "auc", f.treeAuc());
            entry.put("flagged", f.flagged());
        }
        putRows(metrics, "leakage_rows", s.probeRows());
        return metrics;
    }

    private static ObjectNode modelMetrics(ModelFigures m, boolean timings) {
        ObjectNode metrics = JsonReport.MAPPER.createObjectNode();
        putScores(metrics, "roc_auc", m.rocAuc(), true);
        putScores(metrics, "pr_auc", m.averagePrecision(), true);
        putScores(metrics, "train_roc_auc", m.trainRocAuc(), false);
        Numbers.put(metrics, "baseline_roc_auc", m.baselineRocAuc());
        Numbers.put(metrics, "prevalence", m.prevalence());
        if (timings) {
            metrics.put("fit_seconds", m.fitSeconds());
        }
        putRows(metrics, "rows", m.rows());
        return metrics;
    }

    /** {@code name: {modelled, labelled, sampled, seed}}: which labelled rows the model figures come from. */
    static void putRows(ObjectNode metrics, String name, ModelRows rows) {
        metrics.putObject(name).put("modelled", rows.modelled()).put("labelled", rows.labelled())
                .put("sampled", rows.sampled()).put("seed", rows.seed());
    }

    /** {@code name_mean}, {@code name_std} (when asked) and {@code name_folds}. */
    private static void putScores(ObjectNode metrics, String name, FoldScores scores, boolean withStd) {
        Numbers.put(metrics, name + "_mean", scores.mean());
        if (withStd) {
            Numbers.put(metrics, name + "_std", scores.std());
        }
        ArrayNode folds = metrics.putArray(name + "_folds");
        for (double fold : scores.folds()) {
            Numbers.add(folds, fold);
        }
    }
}
