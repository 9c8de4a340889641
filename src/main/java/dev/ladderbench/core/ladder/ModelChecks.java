package dev.ladderbench.core.ladder;

import dev.ladderbench.core.eval.FoldScores;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The checks rungs 2 and 3 share: overfitting, unstable folds and a model that predicts one class. */
final class ModelChecks {

    /**
     * A fold this many times the std threshold away from the mean of the other folds is an outlier. One
     * odd fold among five barely moves the std (0.1 away from four equal folds gives a std of 0.04), so
     * the std alone would miss it.
     */
    private static final double OUTLIER_STD_MULTIPLE = 2;

    private ModelChecks() {
    }

    static List<Finding> common(RungId rung, String model, ModelFigures figures, Problem problem) {
        List<Finding> findings = new ArrayList<>();
        overfitting(rung, model, figures, problem.thresholds()).ifPresent(findings::add);
        unstableFolds(rung, figures.rocAuc(), problem.thresholds()).ifPresent(findings::add);
        majorityClassOnly(rung, model, figures, problem).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> overfitting(RungId rung, String model, ModelFigures figures,
                                                 Thresholds thresholds) {
        double train = figures.trainRocAuc().mean();
        double validation = figures.rocAuc().mean();
        double gap = train - validation;
        if (gap <= thresholds.overfitGap()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingCode.OVERFITTING, Severity.WARN, rung, String.format(Locale.ROOT,
                "The %s scores a training AUC of %.4f against %.4f in validation (gap %.4f > %.2f).", model, train,
                validation, gap, thresholds.overfitGap()), List.of(),
                Map.of("train_roc_auc_mean", train, "roc_auc_mean", validation, "gap", gap,
                        "threshold", thresholds.overfitGap())));
    }

    private static Optional<Finding> unstableFolds(RungId rung, FoldScores rocAuc, Thresholds thresholds) {
        double[] folds = rocAuc.folds();
        int outlier = -1;
        double worstDistance = 0;
        for (int f = 0; f < folds.length; f++) {
            double others = (Arrays.stream(folds).sum() - folds[f]) / (folds.length - 1);
            double distance = Math.abs(folds[f] - others);
            if (distance > OUTLIER_STD_MULTIPLE * thresholds.unstableFoldStd() && distance > worstDistance) {
                outlier = f;
                worstDistance = distance;
            }
        }
        boolean spread = rocAuc.std() > thresholds.unstableFoldStd();
        if (!spread && outlier < 0) {
            return Optional.empty();
        }
        String detail = String.format(Locale.ROOT, "Fold AUCs range from %.4f to %.4f (std %.4f%s)",
                Arrays.stream(folds).min().orElseThrow(), Arrays.stream(folds).max().orElseThrow(), rocAuc.std(),
                spread ? String.format(Locale.ROOT, " > %.2f", thresholds.unstableFoldStd()) : "")
                + (outlier < 0 ? "." : String.format(Locale.ROOT, "; fold %d lies %.4f from the mean of the others.",
                outlier + 1, worstDistance));
        return Optional.of(new Finding(FindingCode.UNSTABLE_FOLDS, Severity.WARN, rung, detail, List.of(),
                Map.of("roc_auc_folds", Arrays.stream(folds).boxed().toList(), "roc_auc_std", rocAuc.std(),
                        "outlier_fold", outlier + 1, "threshold", thresholds.unstableFoldStd())));
    }

    /** A fail, unless the data is imbalanced: then the threshold or class weights are the fix, not the data. */
    private static Optional<Finding> majorityClassOnly(RungId rung, String model, ModelFigures figures,
                                                       Problem problem) {
        if (figures.predictedClasses() > 1) {
            return Optional.empty();
        }
        double minority = problem.minorityShare();
        boolean imbalanced = minority < problem.thresholds().minorityShare();
        String detail = "The " + model + " predicts the same class for every row at the 0.5 threshold"
                + (imbalanced ? String.format(Locale.ROOT, " (the rarest class holds %.1f %% of the rows).",
                100 * minority) : ".");
        return Optional.of(new Finding(FindingCode.MAJORITY_CLASS_ONLY, imbalanced ? Severity.WARN : Severity.FAIL,
                rung, detail, List.of(), Map.of("predicted_classes", figures.predictedClasses(),
                "minority_share", minority)));
    }
}
