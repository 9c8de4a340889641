package dev.ladderbench.core.ladder;

/**
 * The limits the findings use; defaults from DESIGN.md, changeable by the user, printed in the report.
 *
 * @param leakageAuc        a single feature's stump AUC above this is {@code target-leakage}
 * @param minorityShare     minority prevalence below this is {@code class-imbalance} and {@code use-pr-auc}
 * @param missingWarnShare  a column missing more than this share makes {@code missing-values} a warning
 * @param noSignalMargin    rung 2 AUC below rung 1 AUC plus this is {@code no-signal}
 * @param scaleRatio        largest over smallest feature std above this is {@code scale-differences}
 * @param overfitGap        train minus validation AUC above this is {@code overfitting}
 * @param unstableFoldStd   fold AUC std above this is {@code unstable-folds}
 * @param maxNumericClasses a numeric target with more distinct values is {@code regression-target}
 * @param thresholdDistance the best-F1 threshold further than this from 0.5 ...
 * @param thresholdF1Gain   ... and improving F1 by more than this is {@code threshold-untuned}
 */
public record Thresholds(double leakageAuc, double minorityShare, double missingWarnShare, double noSignalMargin,
                         double scaleRatio, double overfitGap, double unstableFoldStd, int maxNumericClasses,
                         double thresholdDistance, double thresholdF1Gain) {

    public static Thresholds defaults() {
        return new Thresholds(0.95, 0.10, 0.20, 0.02, 1e3, 0.10, 0.05, 20, 0.15, 0.05);
    }
}
