package dev.ladderbench.core.checklist;

import dev.ladderbench.core.drift.AucWindow;
import dev.ladderbench.core.drift.CategoricalDrift;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftStatus;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.NumericDrift;
import dev.ladderbench.core.drift.PredictionDrift;
import dev.ladderbench.core.drift.ProductionPerformance;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.replay.PipelineRoundTrip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.ladderbench.core.checklist.ChecklistStatus.FAIL;
import static dev.ladderbench.core.checklist.ChecklistStatus.MANUAL;
import static dev.ladderbench.core.checklist.ChecklistStatus.PASS;
import static dev.ladderbench.core.checklist.ChecklistStatus.WARN;

/**
 * The article's production checklist, evaluated from what the production tools showed in this session: a
 * drift comparison of a production file evidences the schema, drift, performance, OOD and retraining items;
 * a pipeline saved and read back evidences the serialisation item. An item without such evidence is manual,
 * saying what a person should check; alert thresholds being tested is always a person's to check.
 */
final class ProductionChecklist {

    private final ProductionEvidence evidence;

    private ProductionChecklist(ProductionEvidence evidence) {
        this.evidence = evidence;
    }

    /** What the evidence says about one item: its status and the sentence with the figures. */
    private record Verdict(ChecklistStatus status, String evidence) {
    }

    private record Line(String id, String item, String check, Function<ProductionChecklist, Optional<Verdict>> rule) {
    }

    private static final List<Line> LINES = List.of(
            new Line("pipeline-serialised", "Fitted pipeline serialised and loaded rather than recreated",
                    "Check that the service loads the pipeline file written at training time instead of rebuilding"
                            + " the preprocessing in code.", ProductionChecklist::pipelineSerialised),
            new Line("schema-validated", "Schema validation at the prediction endpoint",
                    "Check that requests with missing, extra or retyped columns are rejected before they reach the"
                            + " model.", ProductionChecklist::schemaValidated),
            new Line("predictions-monitored", "Prediction distribution monitored against the training baseline",
                    "Check that the distribution of predicted probabilities is compared with the training one (PSI"
                            + " above 0.1 raises a warning).", ProductionChecklist::predictionsMonitored),
            new Line("feature-drift-monitored", "Feature drift monitored (PSI/KS)",
                    "Check that each feature's PSI and KS statistic against the training data are computed on a"
                            + " schedule.", ProductionChecklist::featureDrift),
            new Line("rolling-auc", "Rolling AUC as ground truth arrives",
                    "Check that the AUC is recomputed over a rolling window as labels for past predictions arrive.",
                    ProductionChecklist::rollingAuc),
            new Line("ood-detected", "OOD detection for extreme inputs",
                    "Check that inputs outside the training range or with unseen categories are flagged.",
                    ProductionChecklist::oodDetected),
            new Line("alerts-tested", "Alert thresholds defined and tested",
                    "Check that each monitored figure has an alert threshold and that the alert was seen to fire in"
                            + " a test.", checklist -> Optional.empty()),
            new Line("retrain-trigger", "A retrain trigger defined (AUC drop > 0.05, PSI > 0.25)",
                    "Check that retraining starts when the AUC drops by more than 0.05 or a feature's PSI exceeds"
                            + " 0.25.", ProductionChecklist::retrainTrigger));

    /** The item {@code id} as the article words it, if it is a production item. */
    static Optional<String> itemText(String id) {
        return LINES.stream().filter(line -> line.id().equals(id)).map(Line::item).findFirst();
    }

    static List<ChecklistItem> items(Map<String, ManualCheck> checks, ProductionEvidence evidence) {
        ProductionChecklist checklist = new ProductionChecklist(evidence);
        return LINES.stream().map(line -> {
            Verdict verdict = line.rule().apply(checklist).orElse(new Verdict(MANUAL, line.check()));
            return new ChecklistItem(line.id(), ChecklistGroup.PRODUCTION, line.item(), verdict.status(),
                    verdict.evidence(), EvidenceStep.PRODUCTION, checks.getOrDefault(line.id(), ManualCheck.NONE));
        }).toList();
    }

    private Optional<Verdict> pipelineSerialised() {
        return evidence.pipeline().map(this::roundTrip);
    }

    private Verdict roundTrip(PipelineRoundTrip trip) {
        String file = trip.reloaded().file().getFileName().toString();
        if (trip.matched()) {
            return new Verdict(PASS, String.format(Locale.ROOT, "%s was saved and read back in this session, and the"
                    + " reloaded pipeline scored all %d rows of %s exactly as the saved one: the file alone carries"
                    + " the fitted pipeline.", file, trip.rows(), trip.dataFile()));
        }
        return new Verdict(FAIL, String.format(Locale.ROOT, "%s was saved and read back in this session, but the"
                + " reloaded pipeline scored %d of %d rows of %s differently from the saved one.", file,
                trip.differing(), trip.rows(), trip.dataFile()));
    }

    private Optional<Verdict> schemaValidated() {
        return evidence.drift().map(d -> {
            if (d.schema().matches()) {
                return new Verdict(PASS, "The drift comparison validated the columns of " + production(d) + ": every"
                        + " training column is there with its type, and none is extra.");
            }
            String detail = d.findings().stream().filter(f -> f.code() == FindingCode.SCHEMA_MISMATCH).findFirst()
                    .map(Finding::detail).orElse("");
            return new Verdict(FAIL, "The drift comparison rejected the columns of " + production(d) + ": " + detail
                    + " (schema-mismatch).");
        });
    }

    private Optional<Verdict> predictionsMonitored() {
        return evidence.drift().map(d -> d.prediction().map(p -> predictions(d, p)).orElse(new Verdict(MANUAL,
                "The comparison with " + production(d) + " scored no model (it needs a model and a classification"
                        + " target), so"
                        + " no prediction distribution was compared. " + line("predictions-monitored").check())));
    }

    private static Verdict predictions(DriftResult d, PredictionDrift p) {
        double limit = d.request().thresholds().predictionPsi();
        boolean drifted = p.psi() > limit;
        return new Verdict(drifted ? WARN : PASS, String.format(Locale.ROOT, "The %s's scores on %s were compared"
                        + " with its out-of-fold scores on %s: PSI %.3f, KS %.3f, %s %s%s.", p.model(), production(d),
                training(d), p.psi(), p.ks(), drifted ? "above" : "within", number(limit),
                drifted ? " (prediction-drift)" : ""));
    }

    private Optional<Verdict> featureDrift() {
        return evidence.drift().map(d -> {
            List<FeatureDrift> features = d.features();
            if (features.isEmpty()) {
                return new Verdict(MANUAL, "The comparison with " + production(d) + " had no feature in common with"
                        + " the training data to compare. " + line("feature-drift-monitored").check());
            }
            DriftThresholds limits = d.request().thresholds();
            FeatureDrift worst = features.stream().max(Comparator.comparingDouble(FeatureDrift::psi)).orElseThrow();
            String measured = String.format(Locale.ROOT, "PSI and KS (chi-square for categories) computed for %d"
                    + " features of %s against %s: worst %s %.3f", features.size(), production(d), training(d),
                    worst.column(), worst.psi());
            List<FeatureDrift> drifted = features.stream().filter(f -> f.status() != DriftStatus.OK)
                    .sorted(Comparator.comparingDouble(FeatureDrift::psi).reversed()).toList();
            if (drifted.isEmpty()) {
                return new Verdict(PASS, measured + ", none above " + number(limits.psiWarn()) + ".");
            }
            String others = drifted.size() == 1 ? "" : "; also above " + number(limits.psiWarn()) + ": "
                    + drifted.stream().filter(f -> f != worst).map(f -> String.format(Locale.ROOT, "%s %.3f (%s)", f.column(),
                    f.psi(), f.status().id())).collect(Collectors.joining(", "));
            return new Verdict(worst.status() == DriftStatus.FAIL ? FAIL : WARN, measured + " ("
                    + worst.status().id() + ")" + others + " (feature-drift).");
        });
    }

    private Optional<Verdict> rollingAuc() {
        return evidence.drift().map(d -> d.performance().map(p -> rolling(d, p)).orElse(new Verdict(MANUAL,
                "The comparison with " + production(d) + " computed no production AUC (it needs a model and labelled"
                        + " production rows). " + line("rolling-auc").check())));
    }

    private static Verdict rolling(DriftResult d, ProductionPerformance p) {
        List<Double> aucs = p.windows().stream().map(AucWindow::auc).filter(Double::isFinite).toList();
        if (aucs.isEmpty()) {
            return new Verdict(MANUAL, String.format(Locale.ROOT, "%s has %d labelled rows, too few for an AUC window"
                    + " holding both classes. ", production(d), p.labelledRows()) + line("rolling-auc").check());
        }
        double limit = d.request().thresholds().aucDrop();
        boolean dropped = p.drop() > limit;
        return new Verdict(dropped ? FAIL : PASS, String.format(Locale.ROOT, "The %s's AUC over %d windows of %d"
                        + " labelled rows of %s, %s: %.3f to %.3f; %.3f overall against %.3f in training"
                        + " cross-validation, a drop of %.3f %s %s%s.", p.model(), p.windows().size(), p.windowRows(),
                production(d), p.timeColumn().map(c -> "ordered by " + c).orElse("in file order"),
                aucs.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                aucs.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), p.productionAuc(),
                p.trainingCvAuc(), p.drop(), dropped ? "above" : "within", number(limit),
                dropped ? " (performance-drop)" : ""));
    }

    // The item asks whether extreme inputs are detected, and the comparison detects them: it passes whenever the
    // comparison ran. Whether the inputs found are a problem is for the out-of-range and unseen-category findings.
    private Optional<Verdict> oodDetected() {
        return evidence.drift().filter(d -> !d.features().isEmpty()).map(d -> {
            List<NumericDrift> numeric = d.features().stream().filter(NumericDrift.class::isInstance)
                    .map(NumericDrift.class::cast).toList();
            List<CategoricalDrift> categorical = d.features().stream().filter(CategoricalDrift.class::isInstance)
                    .map(CategoricalDrift.class::cast).toList();
            List<NumericDrift> outside = numeric.stream().filter(n -> n.outOfRange().count() > 0).toList();
            List<CategoricalDrift> unseen = categorical.stream().filter(c -> !c.unseen().isEmpty()).toList();
            String checked = String.format(Locale.ROOT, "Detection is in place: the comparison checked %s of %s"
                            + " against the training range widened by %.0f %% and %s for levels training never had",
                    count(numeric.size(), "numeric feature"), production(d),
                    100 * d.request().thresholds().rangeMargin(), count(categorical.size(), "categorical feature"));
            if (outside.isEmpty() && unseen.isEmpty()) {
                return new Verdict(PASS, checked + ", and found none.");
            }
            List<String> found = new ArrayList<>();
            if (!outside.isEmpty()) {
                found.add(outside.stream().mapToInt(n -> n.outOfRange().count()).sum() + " values out of range in "
                        + columns(outside) + " (out-of-range)");
            }
            if (!unseen.isEmpty()) {
                found.add(unseen.stream().flatMap(c -> c.unseen().stream()).mapToInt(LevelCount::count).sum()
                        + " rows of unseen levels in " + columns(unseen) + " (unseen-category)");
            }
            return new Verdict(PASS, checked + ", and flagged " + String.join("; ", found) + ".");
        });
    }

    private Optional<Verdict> retrainTrigger() {
        return evidence.drift().map(d -> {
            DriftThresholds limits = d.request().thresholds();
            String trigger = "The drift comparison defines the trigger (AUC drop > " + number(limits.aucDrop())
                    + " or PSI > " + number(limits.psiFail()) + ") and applied it to " + production(d)
                    + (d.performance().isEmpty() ? ", the AUC part aside (no production AUC)" : "");
            return new Verdict(PASS, d.retraining().recommended()
                    ? trigger + ": it recommends retraining now. " + String.join(" ", d.retraining().reasons())
                    : trigger + ": no retraining needed now.");
        });
    }

    private static Line line(String id) {
        return LINES.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static String production(DriftResult d) {
        return d.request().production().name();
    }

    private static String training(DriftResult d) {
        return d.request().training().name();
    }

    private static String columns(List<? extends FeatureDrift> features) {
        return features.stream().map(FeatureDrift::column).collect(Collectors.joining(", "));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A limit as the findings print it: 0.1, 0.25. */
    private static String number(double limit) {
        return String.valueOf(limit);
    }
}
