package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.model.FeatureLeakage;
import dev.ladderbench.core.model.LeakageProbe;
import dev.ladderbench.core.model.ModelData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Rung 0: the data itself, before any model (labels, columns, rows, and the single-feature leakage probe). */
final class SanityRung {

    private SanityRung() {
    }

    static RungResult climb(Problem problem, RungProgress progress, CancellationToken cancel) {
        long start = System.nanoTime();
        Dataset dataset = problem.request().dataset();
        Thresholds thresholds = problem.thresholds();
        Column label = dataset.column(problem.target().column()).orElseThrow();
        List<Column> features = dataset.columns().stream()
                .filter(c -> c != label && !problem.request().excluded().contains(c.name()))
                .toList();
        progress.progress(0, "Checking columns and rows");
        FeatureHealthCheck health = FeatureHealthCheck.of(features, thresholds, cancel);
        DuplicateRows duplicates = DuplicateRows.of(features, label, cancel);
        cancel.throwIfCancelled();

        List<Finding> findings = new ArrayList<>(targetFindings(problem));
        findings.addAll(health.findings());
        findings.addAll(duplicates.findings());
        List<FeatureLeakage> leakage = problem.regression() ? List.of()
                : leakage(problem, progress.scaled(0.05, 1), cancel);
        List<FeatureLeakage> leaking = leakage.stream().filter(FeatureLeakage::flagged).toList();
        if (!leaking.isEmpty()) {
            Map<String, Object> aucs = new LinkedHashMap<>();
            leaking.forEach(f -> aucs.put(f.feature(), f.treeAuc()));
            findings.add(new Finding(FindingCode.TARGET_LEAKAGE, Severity.FAIL, RungId.SANITY, leaking.stream()
                    .map(f -> String.format(Locale.ROOT, "%s alone reaches a cross-validated AUC of %.3f", f.feature(),
                            f.treeAuc()))
                    .collect(Collectors.joining("; ", "", String.format(Locale.ROOT, " (above %.2f).",
                            thresholds.leakageAuc()))),
                    leaking.stream().map(FeatureLeakage::feature).toList(),
                    Map.of("tree_auc_by_feature", java.util.Collections.unmodifiableMap(aucs),
                            "threshold", thresholds.leakageAuc())));
        }
        progress.progress(1, "Data checks done");
        var target = problem.target();
        int labelled = dataset.rowCount() - target.missing();
        SanityFigures figures = new SanityFigures(dataset.rowCount(), dataset.columnCount(), labelled,
                target.missing(), health.missingCells(), health.infiniteCells(), health.columns(),
                target.classCounts(), problem.prevalence(), duplicates.duplicates(), duplicates.conflictingGroups(),
                leakage, problem.rows());
        return RungResults.sanity((System.nanoTime() - start) / 1e9, findings, figures);
    }

    private static List<Finding> targetFindings(Problem problem) {
        List<Finding> findings = new ArrayList<>();
        var target = problem.target();
        String column = target.column();
        int rows = problem.request().dataset().rowCount();
        if (target.missing() > 0) {
            findings.add(new Finding(FindingCode.MISSING_LABELS, Severity.FAIL, RungId.SANITY, target.missing() + " of "
                    + rows + " rows have no value in the target '" + column + "'; the models use the other "
                    + (rows - target.missing()) + ".", List.of(column), Map.of("rows_without_label", target.missing())));
        }
        if (problem.regression()) {
            findings.add(new Finding(FindingCode.REGRESSION_TARGET, Severity.FAIL, RungId.SANITY, "The target '" + column
                    + "' is numeric with " + (target.classCounts().isEmpty() ? "non-integer or many" :
                    String.valueOf(target.classCounts().size())) + " distinct values, so the classification rungs"
                    + " are skipped.", List.of(column),
                    Map.of("max_numeric_classes", problem.thresholds().maxNumericClasses())));
            return findings;
        }
        double minority = problem.minorityShare();
        if (minority < problem.thresholds().minorityShare()) {
            LevelCount rarest = target.classCounts().stream()
                    .min(Comparator.comparingInt(LevelCount::count)).orElseThrow();
            String share = String.format(Locale.ROOT, "%.1f %%", 100 * minority);
            Map<String, Object> evidence = Map.of("minority_share", minority,
                    "threshold", problem.thresholds().minorityShare());
            String rarestClass = problem.macro() || rarest.level().equals(problem.positiveLabel())
                    ? rarest.level() : "not " + problem.positiveLabel();
            findings.add(new Finding(FindingCode.CLASS_IMBALANCE, Severity.WARN, RungId.SANITY, "The rarest class ("
                    + rarestClass + ") holds " + share + " of the labelled rows.", List.of(column), evidence));
            findings.add(new Finding(FindingCode.USE_PR_AUC, Severity.INFO, RungId.SANITY, "With " + share
                    + " in the rarest class, judge models by PR-AUC against the prevalence.", List.of(column),
                    evidence));
        }
        return findings;
    }

    /**
     * Each feature's stump AUC. With a macro one-vs-rest target, a feature's AUC is the mean over the classes,
     * as the model rungs score it.
     */
    private static List<FeatureLeakage> leakage(Problem problem, RungProgress progress, CancellationToken cancel) {
        List<ModelData> views = problem.views();
        double threshold = problem.thresholds().leakageAuc();
        if (views.size() == 1) {
            return LeakageProbe.run(views.get(0), problem.requireFolds(), threshold, progress, cancel);
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Boolean> categorical = new LinkedHashMap<>();
        for (int c = 0; c < views.size(); c++) {
            ModelData view = views.get(c);
            RungProgress part = progress.part((double) c / views.size(), (c + 1.0) / views.size(),
                    "(class " + view.positiveLabel() + ")");
            for (FeatureLeakage f : LeakageProbe.run(view, problem.requireFolds(), threshold, part, cancel)) {
                sums.computeIfAbsent(f.feature(), k -> new double[1])[0] += f.treeAuc();
                categorical.put(f.feature(), f.categorical());
            }
        }
        List<FeatureLeakage> merged = new ArrayList<>();
        sums.forEach((feature, sum) -> {
            double auc = sum[0] / views.size();
            merged.add(new FeatureLeakage(feature, categorical.get(feature), auc, auc > threshold));
        });
        merged.sort(Comparator.comparingDouble(FeatureLeakage::treeAuc).reversed()
                .thenComparing(FeatureLeakage::feature));
        return List.copyOf(merged);
    }
}
