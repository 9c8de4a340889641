package dev.ladderbench.core.checklist;

import java.util.List;
import java.util.Map;

/**
 * The article's production checklist. Nothing in a development climb can evidence these items, so each is
 * manual, with what a person should check; the production tools (drift, pipeline files, replay) will
 * evaluate the ones they can.
 */
final class ProductionChecklist {

    private ProductionChecklist() {
    }

    private record Line(String id, String item, String check) {
    }

    private static final List<Line> LINES = List.of(
            new Line("pipeline-serialised", "Fitted pipeline serialised and loaded rather than recreated",
                    "Check that the service loads the pipeline file written at training time instead of rebuilding"
                            + " the preprocessing in code."),
            new Line("schema-validated", "Schema validation at the prediction endpoint",
                    "Check that requests with missing, extra or retyped columns are rejected before they reach the"
                            + " model."),
            new Line("predictions-monitored", "Prediction distribution monitored against the training baseline",
                    "Check that the distribution of predicted probabilities is compared with the training one (PSI"
                            + " above 0.1 raises a warning)."),
            new Line("feature-drift-monitored", "Feature drift monitored (PSI/KS)",
                    "Check that each feature's PSI and KS statistic against the training data are computed on a"
                            + " schedule."),
            new Line("rolling-auc", "Rolling AUC as ground truth arrives",
                    "Check that the AUC is recomputed over a rolling window as labels for past predictions arrive."),
            new Line("ood-detected", "OOD detection for extreme inputs",
                    "Check that inputs outside the training range or with unseen categories are flagged."),
            new Line("alerts-tested", "Alert thresholds defined and tested",
                    "Check that each monitored figure has an alert threshold and that the alert was seen to fire in"
                            + " a test."),
            new Line("retrain-trigger", "A retrain trigger defined (AUC drop > 0.05, PSI > 0.25)",
                    "Check that retraining starts when the AUC drops by more than 0.05 or a feature's PSI exceeds"
                            + " 0.25."));

    static List<ChecklistItem> items(Map<String, ManualCheck> checks) {
        return LINES.stream().map(line -> new ChecklistItem(line.id(), ChecklistGroup.PRODUCTION, line.item(),
                ChecklistStatus.MANUAL, line.check(), EvidenceStep.PRODUCTION,
                checks.getOrDefault(line.id(), ManualCheck.NONE))).toList();
    }
}
