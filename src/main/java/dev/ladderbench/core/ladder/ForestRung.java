package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.model.FeatureWeight;
import dev.ladderbench.core.model.RandomForestPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Rung 3: median imputer and one-hot encoder, then a seeded random forest (100 trees, depth 5). A forest
 * that loses to the linear model points at scale or data problems rather than missing capacity.
 */
final class ForestRung {

    static final String MODEL = "median imputer (+ one-hot) -> random forest (100 trees, max depth 5)";

    private ForestRung() {
    }

    /**
     * @param baselineRocAuc rung 1's mean ROC AUC
     * @param linearRocAuc   rung 2's mean ROC AUC, when rung 2 has run
     */
    static RungResult climb(Problem problem, double baselineRocAuc, OptionalDouble linearRocAuc,
                            RungProgress progress, CancellationToken cancel) {
        long start = System.nanoTime();
        ModelRun run = ModelRun.of(RungPipelines.of(RungId.FOREST, problem.request().settings(), cancel), problem,
                progress, cancel);
        ModelFigures figures = run.figures(MODEL, baselineRocAuc,
                run.weights(m -> ((RandomForestPipeline.Fitted) m).importance(), FeatureWeight::weight));
        List<Finding> findings = new ArrayList<>();
        double auc = figures.rocAuc().mean();
        if (linearRocAuc.isPresent() && auc < linearRocAuc.getAsDouble()) {
            double linear = linearRocAuc.getAsDouble();
            findings.add(new Finding(FindingCode.FOREST_WORSE_THAN_LINEAR, Severity.WARN, RungId.FOREST,
                    String.format(Locale.ROOT, "The forest's mean AUC %.4f is below the linear model's %.4f (%+.4f).",
                            auc, linear, auc - linear), List.of(),
                    Map.of("roc_auc_mean", auc, "linear_roc_auc_mean", linear)));
        }
        findings.addAll(ModelChecks.common(RungId.FOREST, "random forest", figures, problem));
        return RungResults.model(RungId.FOREST, (System.nanoTime() - start) / 1e9, findings, figures);
    }
}
