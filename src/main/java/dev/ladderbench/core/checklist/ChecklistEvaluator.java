package dev.ladderbench.core.checklist;

import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.model.FeatureLeakage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.ladderbench.core.checklist.ChecklistStatus.FAIL;
import static dev.ladderbench.core.checklist.ChecklistStatus.MANUAL;
import static dev.ladderbench.core.checklist.ChecklistStatus.PASS;
import static dev.ladderbench.core.checklist.ChecklistStatus.WARN;

/**
 * Evaluates the article's two checklists from one climb. An item whose rung has not run (or was skipped)
 * cannot be evidenced and is manual, saying what it waits for; items no climb can evidence (the test set,
 * production) are manual and say what a person should check, unless the production tools gave evidence.
 */
public final class ChecklistEvaluator {

    /**
     * The development items as the article words them, by id; the train/validation gap item is worded with the
     * limit in force ({@link #gapItem}).
     */
    private static final Map<String, String> ITEMS = Map.ofEntries(
            Map.entry("no-nan-or-inf", "No NaN/Inf in features"),
            Map.entry("lengths-match", "Feature and label arrays of the same length"),
            Map.entry("no-target-leakage", "No target leakage (the depth-1 tree probe)"),
            Map.entry("splits-do-not-overlap", "Train, validation and test splits do not overlap"),
            Map.entry("preprocessing-in-folds", "Preprocessing fitted only on training folds"),
            Map.entry("beats-dummy", "Beats the dummy by a meaningful margin"),
            Map.entry("optimiser-converged", "Training loss decreases (the optimiser converged)"),
            Map.entry("threshold-tuned", "Threshold tuned on validation, not left at 0.5"),
            Map.entry("right-metric", "The right metric (PR-AUC for imbalanced data)"),
            Map.entry("cv-for-comparison", "CV scores used for model comparison"),
            Map.entry("test-set-once", "Test set evaluated exactly once"));

    private final LadderResult result;
    private final Thresholds limits;
    private final Map<String, ManualCheck> checks;
    private final Map<RungId, String> pending;

    private ChecklistEvaluator(LadderResult result, Map<String, ManualCheck> checks, Map<RungId, String> pending) {
        this.result = result;
        this.limits = result.request().settings().thresholds();
        this.checks = Map.copyOf(checks);
        this.pending = Map.copyOf(pending);
    }

    /**
     * @param checks the person's ticks and notes by item id; ids of no item are ignored (a session may hold
     *               ticks of items a later version renamed)
     */
    public static Checklist evaluate(LadderResult result, Map<String, ManualCheck> checks) {
        return evaluate(result, checks, Map.of());
    }

    /**
     * The checklist of a climb in progress, as the workbench has it.
     *
     * @param pending why a rung missing from {@code result} has no current result, completing "2 Linear …"
     *                (e.g. "is stale: the settings changed; re-run it"); a missing rung not listed has not run
     */
    public static Checklist evaluate(LadderResult result, Map<String, ManualCheck> checks,
                                     Map<RungId, String> pending) {
        return evaluate(result, checks, pending, ProductionEvidence.NONE);
    }

    /**
     * The checklist of a climb in progress with what the production tools showed: its production items are
     * evaluated from that evidence where it has some.
     */
    public static Checklist evaluate(LadderResult result, Map<String, ManualCheck> checks,
                                     Map<RungId, String> pending, ProductionEvidence production) {
        ChecklistEvaluator evaluator = new ChecklistEvaluator(result, checks, pending);
        return new Checklist(evaluator.development(), ProductionChecklist.items(checks, production));
    }

    private List<ChecklistItem> development() {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(noNanOrInf());
        items.add(lengthsMatch());
        items.add(noTargetLeakage());
        items.add(splitsDoNotOverlap());
        items.add(preprocessingInFolds());
        items.add(beatsDummy());
        items.add(optimiserConverged());
        items.add(trainValidationGap());
        items.add(thresholdTuned());
        items.add(rightMetric());
        items.add(cvForComparison());
        items.add(item("test-set-once", ChecklistGroup.EVALUATION, ITEMS.get("test-set-once"), MANUAL,
                "Ladderbench only sees cross-validation folds: check that the held-out test set was scored once,"
                        + " after the model and the threshold were chosen.", EvidenceStep.NONE));
        return items;
    }

    private ChecklistItem noNanOrInf() {
        String id = "no-nan-or-inf";
        String text = ITEMS.get(id);
        Optional<SanityFigures> sanity = sanity();
        if (sanity.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.DATA, text, RungId.SANITY);
        }
        SanityFigures s = sanity.get();
        if (s.infiniteCells() > 0) {
            return item(id, ChecklistGroup.DATA, text, FAIL, s.infiniteCells() + " feature cells hold Inf or -Inf,"
                    + " which no imputer repairs (infinite-values).", EvidenceStep.SANITY);
        }
        if (s.missingCells() == 0) {
            return item(id, ChecklistGroup.DATA, text, PASS, "No feature cell is missing or infinite.",
                    EvidenceStep.SANITY);
        }
        // Missing cells reach no model: the pipelines impute them inside each fold. They matter when many.
        boolean many = finding(FindingCode.MISSING_VALUES).map(f -> f.severity() != Severity.INFO).orElse(false);
        return item(id, ChecklistGroup.DATA, text, many ? WARN : PASS, String.format(Locale.ROOT,
                "%d feature cells are missing (%s) and none infinite; the pipelines impute the median inside each"
                        + " training fold, so no model sees a NaN.", s.missingCells(),
                many ? "a column is missing in more than " + percent(limits.missingWarnShare()) : "no column more than "
                        + percent(limits.missingWarnShare())), EvidenceStep.SANITY);
    }

    private ChecklistItem lengthsMatch() {
        String id = "lengths-match";
        String text = ITEMS.get(id);
        Optional<SanityFigures> sanity = sanity();
        if (sanity.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.DATA, text, RungId.SANITY);
        }
        SanityFigures s = sanity.get();
        if (s.labelMissing() > 0) {
            return item(id, ChecklistGroup.DATA, text, FAIL, s.labelMissing() + " of " + s.rows() + " rows have"
                    + " features but no label (missing-labels).", EvidenceStep.SANITY);
        }
        return item(id, ChecklistGroup.DATA, text, PASS, "All " + s.rows() + " rows have both features and a label.",
                EvidenceStep.SANITY);
    }

    private ChecklistItem noTargetLeakage() {
        String id = "no-target-leakage";
        String text = ITEMS.get(id);
        Optional<SanityFigures> sanity = sanity();
        if (sanity.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.DATA, text, RungId.SANITY);
        }
        Optional<FeatureLeakage> top = sanity.get().leakage().stream()
                .filter(f -> Double.isFinite(f.treeAuc()))
                .max(Comparator.comparingDouble(FeatureLeakage::treeAuc));
        if (top.isEmpty()) {
            return item(id, ChecklistGroup.DATA, text, MANUAL, "The probe scored no feature (no positive class or no"
                    + " features): check by hand that no feature is computed from the label.", EvidenceStep.SANITY);
        }
        long flagged = sanity.get().leakage().stream().filter(FeatureLeakage::flagged).count();
        FeatureLeakage best = top.get();
        if (flagged > 0) {
            return item(id, ChecklistGroup.DATA, text, FAIL, String.format(Locale.ROOT, "%s alone reaches a"
                            + " cross-validated AUC of %.3f (above %.2f)%s (target-leakage).", best.feature(),
                    best.treeAuc(), limits.leakageAuc(), flagged > 1 ? ", and " + (flagged - 1) + " more feature"
                            + (flagged > 2 ? "s" : "") + " too" : ""), EvidenceStep.SANITY);
        }
        return item(id, ChecklistGroup.DATA, text, PASS, String.format(Locale.ROOT, "The strongest single feature,"
                + " %s, reaches a depth-1 tree AUC of %.3f, below %.2f.", best.feature(), best.treeAuc(),
                limits.leakageAuc()), EvidenceStep.SANITY);
    }

    private ChecklistItem splitsDoNotOverlap() {
        String id = "splits-do-not-overlap";
        String text = ITEMS.get(id);
        Optional<SanityFigures> sanity = sanity();
        if (sanity.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.DATA, text, RungId.SANITY);
        }
        int duplicates = sanity.get().duplicateRows();
        if (duplicates > 0) {
            return item(id, ChecklistGroup.DATA, text, WARN, duplicates + " rows repeat an earlier row exactly; a"
                    + " copy can land in a training fold while its twin is validated, so the folds overlap"
                    + " (duplicate-rows).", EvidenceStep.SANITY);
        }
        return item(id, ChecklistGroup.DATA, text, PASS, "No row repeats another exactly, so no validation row is"
                + " also in its training folds; a separate test file is not checked.", EvidenceStep.SANITY);
    }

    private ChecklistItem preprocessingInFolds() {
        String id = "preprocessing-in-folds";
        String text = ITEMS.get(id);
        Optional<RungResult> linear = modelRung(RungId.LINEAR);
        if (linear.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.DATA, text, RungId.LINEAR);
        }
        return item(id, ChecklistGroup.DATA, text, PASS, "Ladderbench fits the median imputer, the encoder and the"
                + " scaler inside each training fold and only applies them to its validation fold (rungs 2 and 3).",
                EvidenceStep.LINEAR);
    }

    private ChecklistItem beatsDummy() {
        String id = "beats-dummy";
        String text = ITEMS.get(id);
        Optional<ModelFigures> linear = modelFigures(RungId.LINEAR);
        if (linear.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.MODEL, text, RungId.LINEAR);
        }
        ModelFigures m = linear.get();
        double margin = m.rocAuc().mean() - m.baselineRocAuc();
        String figures = String.format(Locale.ROOT, "The linear model's mean AUC %.3f is %+.3f against the dummy's"
                + " %.3f", m.rocAuc().mean(), margin, m.baselineRocAuc());
        Optional<ModelFigures> forest = modelFigures(RungId.FOREST);
        String forestPart = forest.map(f -> String.format(Locale.ROOT, ", the forest's %.3f is %+.3f",
                f.rocAuc().mean(), f.rocAuc().mean() - f.baselineRocAuc())).orElse("");
        if (!(margin >= limits.noSignalMargin())) {
            return item(id, ChecklistGroup.MODEL, text, FAIL, figures + forestPart + String.format(Locale.ROOT,
                    "; less than %.2f means a data or label problem (no-signal).", limits.noSignalMargin()),
                    EvidenceStep.LINEAR);
        }
        return item(id, ChecklistGroup.MODEL, text, PASS, figures + forestPart + String.format(Locale.ROOT,
                " (at least %.2f needed).", limits.noSignalMargin()), EvidenceStep.LINEAR);
    }

    private ChecklistItem optimiserConverged() {
        String id = "optimiser-converged";
        String text = ITEMS.get(id);
        Optional<RungResult> linear = modelRung(RungId.LINEAR);
        if (linear.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.MODEL, text, RungId.LINEAR);
        }
        boolean diverged = linear.get().findings().stream().anyMatch(f -> f.code() == FindingCode.NOT_CONVERGED);
        return diverged
                ? item(id, ChecklistGroup.MODEL, text, WARN, "In at least one fold the logistic regression's optimiser"
                + " produced a non-finite coefficient or likelihood (not-converged).", EvidenceStep.LINEAR)
                : item(id, ChecklistGroup.MODEL, text, PASS, "The logistic regression's optimiser ended with finite"
                + " coefficients and likelihood in all " + folds() + " folds.", EvidenceStep.LINEAR);
    }

    private ChecklistItem trainValidationGap() {
        String id = "train-validation-gap";
        String text = gapItem(limits);
        List<RungId> models = List.of(RungId.LINEAR, RungId.FOREST);
        List<RungId> ran = models.stream().filter(r -> modelFigures(r).isPresent()).toList();
        if (ran.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.MODEL, text, RungId.LINEAR);
        }
        RungId widest = ran.stream().max(Comparator.comparingDouble(r -> gap(modelFigures(r).get()))).get();
        double gap = gap(modelFigures(widest).get());
        String figures = String.join(", ", ran.stream().map(r -> String.format(Locale.ROOT, "%s %.3f",
                r == RungId.LINEAR ? "linear" : "forest", gap(modelFigures(r).get()))).toList());
        String missing = ran.size() < models.size() ? " (3 Forest not evaluated yet)" : "";
        EvidenceStep step = widest == RungId.FOREST ? EvidenceStep.FOREST : EvidenceStep.LINEAR;
        if (gap > limits.overfitGap()) {
            return item(id, ChecklistGroup.MODEL, text, WARN, "Train minus validation AUC: " + figures
                    + "; the widest is above the limit (overfitting)" + missing + ".", step);
        }
        return item(id, ChecklistGroup.MODEL, text, ran.size() < models.size() ? MANUAL : PASS,
                "Train minus validation AUC: " + figures + missing + ".", step);
    }

    private ChecklistItem thresholdTuned() {
        String id = "threshold-tuned";
        String text = ITEMS.get(id);
        Optional<ErrorReport> errors = result.errors();
        if (errors.isEmpty()) {
            return item(id, ChecklistGroup.MODEL, text, MANUAL, "Not evaluated yet: the Errors step has not analysed"
                    + " a model's predictions.", EvidenceStep.THRESHOLD);
        }
        ThresholdTuning tuning = errors.get().thresholds().tuning();
        double chosen = errors.get().threshold();
        String best = String.format(Locale.ROOT, "the best F1 on out-of-fold predictions is %.3f at %.3f, against"
                + " %.3f at 0.5", tuning.bestF1().f1(), tuning.bestF1().threshold(), tuning.atDefault().f1());
        if (chosen != ThresholdTuning.DEFAULT_THRESHOLD) {
            return item(id, ChecklistGroup.MODEL, text, PASS, String.format(Locale.ROOT, "The errors are analysed at"
                    + " threshold %.3f, not 0.5; %s.", chosen, best), EvidenceStep.THRESHOLD);
        }
        if (tuning.untuned(limits)) {
            return item(id, ChecklistGroup.MODEL, text, WARN, "The threshold is still 0.5, yet " + best
                    + " (threshold-untuned).", EvidenceStep.THRESHOLD);
        }
        return item(id, ChecklistGroup.MODEL, text, PASS, "The threshold is 0.5 and that is close enough: " + best
                + ".", EvidenceStep.THRESHOLD);
    }

    private ChecklistItem rightMetric() {
        String id = "right-metric";
        String text = ITEMS.get(id);
        RungId shown = modelFigures(RungId.LINEAR).isPresent() ? RungId.LINEAR : RungId.BASELINE;
        Optional<ModelFigures> figures = modelFigures(shown);
        if (figures.isEmpty()) {
            return notEvaluated(id, ChecklistGroup.EVALUATION, text, RungId.BASELINE);
        }
        ModelFigures m = figures.get();
        EvidenceStep step = EvidenceStep.valueOf(shown.name());
        if (!Double.isFinite(m.prevalence())) {
            return item(id, ChecklistGroup.EVALUATION, text, PASS, "No positive class: the rungs compare a macro"
                    + " one-vs-rest ROC AUC, which does not reward predicting the majority.", step);
        }
        boolean rare = m.prevalence() < limits.minorityShare();
        return item(id, ChecklistGroup.EVALUATION, text, PASS, String.format(Locale.ROOT, "The positive class is"
                        + " %s of rows%s; every model rung reports PR-AUC beside ROC AUC, never accuracy (%s: PR-AUC"
                        + " %.3f against a prevalence of %.3f).", percent(m.prevalence()),
                rare ? ", so PR-AUC is the figure to judge by" : "", shown.label(), m.averagePrecision().mean(),
                m.prevalence()), step);
    }

    private ChecklistItem cvForComparison() {
        String id = "cv-for-comparison";
        String text = ITEMS.get(id);
        List<RungId> ran = List.of(RungId.BASELINE, RungId.LINEAR, RungId.FOREST).stream()
                .filter(r -> modelFigures(r).isPresent()).toList();
        if (ran.size() < 2) {
            return notEvaluated(id, ChecklistGroup.EVALUATION, text,
                    ran.contains(RungId.BASELINE) ? RungId.LINEAR : RungId.BASELINE);
        }
        LadderSettings settings = result.request().settings();
        String scores = String.join(", ", ran.stream().map(r -> String.format(Locale.ROOT, "%s %.3f ± %.3f",
                r.label(), modelFigures(r).get().rocAuc().mean(), modelFigures(r).get().rocAuc().std())).toList());
        return item(id, ChecklistGroup.EVALUATION, text, PASS, String.format(Locale.ROOT, "The models are compared"
                        + " on the same %d %s folds (seed %d) by mean ± std of fold AUCs: %s.", settings.folds(),
                settings.cv().id(), settings.seed(), scores),
                ran.contains(RungId.FOREST) ? EvidenceStep.FOREST : EvidenceStep.LINEAR);
    }

    private static double gap(ModelFigures m) {
        return m.trainRocAuc().mean() - m.rocAuc().mean();
    }

    private int folds() {
        return result.request().settings().folds();
    }

    private Optional<RungResult> rung(RungId id) {
        return result.rungs().stream().filter(r -> r.id() == id).findFirst();
    }

    private Optional<SanityFigures> sanity() {
        return rung(RungId.SANITY).flatMap(RungResult::sanity);
    }

    private Optional<RungResult> modelRung(RungId id) {
        return rung(id).filter(r -> r.model().isPresent());
    }

    private Optional<ModelFigures> modelFigures(RungId id) {
        return rung(id).flatMap(RungResult::model);
    }

    private Optional<Finding> finding(FindingCode code) {
        return result.findings().stream().filter(f -> f.code() == code).findFirst();
    }

    /**
     * An item of either checklist as the article words it, for a list that names items without evaluating them
     * (the error taxonomy); the train/validation gap item with the default limit.
     */
    public static Optional<String> itemText(String id) {
        if (id.equals("train-validation-gap")) {
            return Optional.of(gapItem(Thresholds.defaults()));
        }
        return Optional.ofNullable(ITEMS.get(id)).or(() -> ProductionChecklist.itemText(id));
    }

    private static String gapItem(Thresholds limits) {
        return String.format(Locale.ROOT, "Train/validation AUC gap under %.2f", limits.overfitGap());
    }

    /** Manual, saying which rung the item waits for and why it has no figures. */
    private ChecklistItem notEvaluated(String id, ChecklistGroup group, String text, RungId needs) {
        String why = rung(needs).flatMap(RungResult::skippedBecause)
                .map(because -> needs.label() + " was skipped: " + because)
                .orElse(needs.label() + " " + pending.getOrDefault(needs, "has not run"));
        return item(id, group, text, MANUAL, "Not evaluated yet: " + why + (why.endsWith(".") ? "" : "."),
                EvidenceStep.valueOf(needs.name()));
    }

    private ChecklistItem item(String id, ChecklistGroup group, String text, ChecklistStatus status, String evidence,
                               EvidenceStep step) {
        return new ChecklistItem(id, group, text, status, evidence, step, checks.getOrDefault(id, ManualCheck.NONE));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
