package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.model.FittedClassifier;
import dev.ladderbench.core.model.LogisticRegressionPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rung 2: median imputer, standard scaler and one-hot encoder, then L2 logistic regression, all fitted
 * inside each fold. Barely beating the dummy here points at the data or the labels, not at capacity.
 */
final class LinearRung {

    static final String MODEL = "median imputer -> standard scaler (+ one-hot) -> logistic regression (L2, C = 1)";

    private LinearRung() {
    }

    /** @param baselineRocAuc rung 1's mean ROC AUC */
    static RungResult climb(Problem problem, double baselineRocAuc, RungProgress progress, CancellationToken cancel) {
        long start = System.nanoTime();
        ModelRun run = ModelRun.of(RungPipelines.of(RungId.LINEAR, problem.request().settings(), cancel), problem, progress,
                cancel);
        ModelFigures figures = run.figures(MODEL, baselineRocAuc,
                run.weights(m -> fitted(m).coefficients(), w -> Math.abs(w.weight())));
        List<Finding> findings = new ArrayList<>();
        Thresholds thresholds = problem.thresholds();
        double auc = figures.rocAuc().mean();
        if (auc < baselineRocAuc + thresholds.noSignalMargin()) {
            findings.add(new Finding(FindingCode.NO_SIGNAL, Severity.FAIL, RungId.LINEAR, String.format(Locale.ROOT,
                    "Logistic regression reaches a mean AUC of %.4f, less than %.2f above the dummy's %.4f.", auc,
                    thresholds.noSignalMargin(), baselineRocAuc), List.of(),
                    Map.of("roc_auc_mean", auc, "baseline_roc_auc", baselineRocAuc,
                            "margin", thresholds.noSignalMargin())));
        }
        if (!run.allModels(m -> fitted(m).finite())) {
            findings.add(new Finding(FindingCode.NOT_CONVERGED, Severity.WARN, RungId.LINEAR,
                    "In at least one fold the optimiser produced a non-finite coefficient or likelihood.", List.of(),
                    Map.of()));
        }
        findings.addAll(ModelChecks.common(RungId.LINEAR, "logistic regression", figures, problem));
        return RungResults.model(RungId.LINEAR, (System.nanoTime() - start) / 1e9, findings, figures);
    }

    private static LogisticRegressionPipeline.Fitted fitted(FittedClassifier model) {
        return (LogisticRegressionPipeline.Fitted) model;
    }
}
