package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The findings of a drift analysis, one per code, naming every column concerned, and the retraining advice.
 * No rung of the ladder finds them, so they carry none.
 */
final class DriftFindings {

    private final DriftThresholds thresholds;
    private final List<Finding> findings = new ArrayList<>();

    private DriftFindings(DriftThresholds thresholds) {
        this.thresholds = thresholds;
    }

    static List<Finding> of(DriftThresholds thresholds, SchemaComparison schema,
                            List<FeatureDrift> features, Optional<PredictionDrift> prediction,
                            Optional<ProductionPerformance> performance) {
        DriftFindings f = new DriftFindings(thresholds);
        f.schema(schema);
        f.featureDrift(features);
        f.unseenCategories(features);
        f.outOfRange(features);
        prediction.ifPresent(f::predictionDrift);
        performance.ifPresent(f::performanceDrop);
        return List.copyOf(f.findings);
    }

    static Retraining retraining(DriftThresholds thresholds, List<FeatureDrift> features,
                                 Optional<PredictionDrift> prediction, Optional<ProductionPerformance> performance) {
        List<String> reasons = new ArrayList<>();
        List<String> drifted = features.stream().filter(d -> d.psi() > thresholds.psiFail())
                .map(d -> d.column() + " " + psi(d.psi())).toList();
        if (!drifted.isEmpty()) {
            reasons.add("PSI above " + thresholds.psiFail() + " in " + String.join(", ", drifted) + ".");
        }
        prediction.filter(p -> p.psi() > thresholds.psiFail()).ifPresent(p -> reasons.add(
                "The PSI of the model's scores is " + psi(p.psi()) + ", above " + thresholds.psiFail() + "."));
        performance.filter(p -> p.drop() > thresholds.aucDrop()).ifPresent(p -> reasons.add(String.format(Locale.ROOT,
                "The production AUC (%.3f) is %.3f below the training CV AUC (%.3f), more than %s.",
                p.productionAuc(), p.drop(), p.trainingCvAuc(), thresholds.aucDrop())));
        return new Retraining(!reasons.isEmpty(), reasons);
    }

    private void schema(SchemaComparison schema) {
        if (schema.matches()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        if (!schema.missing().isEmpty()) {
            parts.add("production lacks " + String.join(", ", schema.missing()));
            columns.addAll(schema.missing());
        }
        if (!schema.extra().isEmpty()) {
            parts.add("production has extra " + String.join(", ", schema.extra()));
            columns.addAll(schema.extra());
        }
        Map<String, Object> retyped = new LinkedHashMap<>();
        for (RetypedColumn r : schema.retyped()) {
            parts.add(r.column() + " is " + r.training() + " in training but " + r.production() + " in production");
            columns.add(r.column());
            retyped.put(r.column(), r.training() + " -> " + r.production());
        }
        String detail = String.join("; ", parts);
        add(FindingCode.SCHEMA_MISMATCH, Severity.FAIL, Character.toUpperCase(detail.charAt(0)) + detail.substring(1)
                + ".", columns, Map.of("missing", schema.missing(), "extra", schema.extra(),
                "retyped", Collections.unmodifiableMap(retyped)));
    }

    private void featureDrift(List<FeatureDrift> features) {
        List<FeatureDrift> drifted = features.stream().filter(d -> d.status() != DriftStatus.OK)
                .sorted((a, b) -> Double.compare(b.psi(), a.psi())).toList();
        if (drifted.isEmpty()) {
            return;
        }
        boolean fail = drifted.stream().anyMatch(d -> d.status() == DriftStatus.FAIL);
        Map<String, Object> byColumn = new LinkedHashMap<>();
        drifted.forEach(d -> byColumn.put(d.column(), d.psi()));
        String detail = drifted.stream().map(d -> d.column() + " " + psi(d.psi()) + " (" + d.status().id() + ")")
                .collect(Collectors.joining(", ", "PSI above " + thresholds.psiWarn() + ": ", "."));
        add(FindingCode.FEATURE_DRIFT, fail ? Severity.FAIL : Severity.WARN, detail,
                drifted.stream().map(FeatureDrift::column).toList(),
                Map.of("psi_by_column", Collections.unmodifiableMap(byColumn), "psi_warn", thresholds.psiWarn(),
                        "psi_fail", thresholds.psiFail()));
    }

    private void unseenCategories(List<FeatureDrift> features) {
        List<CategoricalDrift> withUnseen = features.stream().filter(CategoricalDrift.class::isInstance)
                .map(CategoricalDrift.class::cast).filter(c -> !c.unseen().isEmpty()).toList();
        if (withUnseen.isEmpty()) {
            return;
        }
        Map<String, Object> byColumn = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (CategoricalDrift c : withUnseen) {
            Map<String, Object> rows = new LinkedHashMap<>();
            c.unseen().forEach(level -> rows.put(level.level(), level.count()));
            byColumn.put(c.column(), Collections.unmodifiableMap(rows));
            parts.add(c.column() + ": " + c.unseen().stream().map(DriftFindings::unseen)
                    .collect(Collectors.joining(", ")));
        }
        add(FindingCode.UNSEEN_CATEGORY, Severity.WARN, "Levels never seen in training: " + String.join("; ", parts)
                + ".", withUnseen.stream().map(FeatureDrift::column).toList(),
                Map.of("rows_by_column", Collections.unmodifiableMap(byColumn)));
    }

    private static String unseen(LevelCount level) {
        return "'" + level.level() + "' in " + level.count() + (level.count() == 1 ? " row" : " rows");
    }

    private void outOfRange(List<FeatureDrift> features) {
        List<NumericDrift> outside = features.stream().filter(NumericDrift.class::isInstance)
                .map(NumericDrift.class::cast).filter(n -> n.outOfRange().count() > 0).toList();
        if (outside.isEmpty()) {
            return;
        }
        Map<String, Object> byColumn = new LinkedHashMap<>();
        outside.forEach(n -> byColumn.put(n.column(), n.outOfRange().count()));
        String detail = outside.stream().map(n -> String.format(Locale.ROOT, "%s %d (outside [%s, %s])", n.column(),
                        n.outOfRange().count(), BinLabels.number(n.outOfRange().low()),
                        BinLabels.number(n.outOfRange().high())))
                .collect(Collectors.joining(", ", String.format(Locale.ROOT, "Production values beyond the training"
                        + " range widened by %.0f %% of it on each side: ", 100 * thresholds.rangeMargin()), "."));
        add(FindingCode.OUT_OF_RANGE, Severity.WARN, detail, outside.stream().map(FeatureDrift::column).toList(),
                Map.of("count_by_column", Collections.unmodifiableMap(byColumn), "margin", thresholds.rangeMargin()));
    }

    private void predictionDrift(PredictionDrift prediction) {
        if (!(prediction.psi() > thresholds.predictionPsi())) {
            return;
        }
        add(FindingCode.PREDICTION_DRIFT, Severity.WARN, String.format(Locale.ROOT, "The PSI of the %s's scores,"
                        + " training against production, is %s (above %s); KS %.3f.", prediction.model(),
                psi(prediction.psi()), thresholds.predictionPsi(), prediction.ks()), List.of(),
                Map.of("psi", prediction.psi(), "ks", prediction.ks(), "threshold", thresholds.predictionPsi()));
    }

    private void performanceDrop(ProductionPerformance performance) {
        if (!(performance.drop() > thresholds.aucDrop())) {
            return;
        }
        add(FindingCode.PERFORMANCE_DROP, Severity.FAIL, String.format(Locale.ROOT, "The %s's ROC AUC is %.3f on %d"
                        + " labelled production rows against %.3f in training cross-validation: %.3f lower (limit %s).",
                performance.model(), performance.productionAuc(), performance.labelledRows(),
                performance.trainingCvAuc(), performance.drop(), thresholds.aucDrop()), List.of(),
                Map.of("production_auc", performance.productionAuc(), "training_cv_auc", performance.trainingCvAuc(),
                        "drop", performance.drop(), "threshold", thresholds.aucDrop()));
    }

    private void add(FindingCode code, Severity severity, String detail, List<String> columns,
                     Map<String, Object> evidence) {
        findings.add(new Finding(code, severity, null, detail, columns, evidence));
    }

    static String psi(double psi) {
        return String.format(Locale.ROOT, "%.3f", psi);
    }
}
