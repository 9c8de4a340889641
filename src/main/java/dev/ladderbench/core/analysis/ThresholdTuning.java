package dev.ladderbench.core.analysis;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.Thresholds;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The threshold in force against the best-F1 one, both on validation predictions: the figures behind
 * {@code threshold-untuned}. The threshold in force is the article's 0.5 unless the user chose another;
 * a user who chose one is judged by it, so tuning the threshold silences the finding (and a chosen
 * threshold far from the best one raises it even when 0.5 would not).
 *
 * @param atDefault the counts at 0.5 (product rule, {@code p >= 0.5}), reported beside the chosen one
 * @param inForce   the counts at the threshold in force (the same as {@code atDefault} when it is 0.5)
 * @param bestF1    the counts at the threshold with the highest F1
 */
public record ThresholdTuning(ConfusionCounts atDefault, ConfusionCounts inForce, ConfusionCounts bestF1) {

    public static final double DEFAULT_THRESHOLD = 0.5;

    /** With the article's 0.5 in force. */
    public static ThresholdTuning of(ThresholdSweep sweep) {
        return of(sweep, DEFAULT_THRESHOLD);
    }

    /** @param threshold the threshold in force, in [0, 1] */
    public static ThresholdTuning of(ThresholdSweep sweep, double threshold) {
        return new ThresholdTuning(sweep.at(DEFAULT_THRESHOLD), sweep.at(threshold), sweep.maxF1());
    }

    /** How far the best-F1 threshold lies from the threshold in force. */
    public double distance() {
        return Math.abs(bestF1.threshold() - inForce.threshold());
    }

    /** How much F1 the best-F1 threshold gains over the threshold in force. */
    public double f1Gain() {
        return bestF1.f1() - inForce.f1();
    }

    /** With the default limits of DESIGN.md (0.15 and 0.05). */
    public boolean untuned() {
        return untuned(Thresholds.defaults());
    }

    /** The best-F1 threshold lies far enough from the one in force and gains enough F1 to be worth a finding. */
    public boolean untuned(Thresholds limits) {
        return distance() > limits.thresholdDistance() && f1Gain() > limits.thresholdF1Gain();
    }

    /** {@code threshold-untuned} with the default limits of DESIGN.md. */
    public Optional<Finding> finding(RungId modelRung) {
        return finding(modelRung, Thresholds.defaults());
    }

    /**
     * {@code threshold-untuned} when it fires.
     *
     * @param modelRung the rung whose model made the predictions (linear or forest): the finding belongs
     *                  to that model
     * @param limits    the distance and F1 gain in force
     */
    public Optional<Finding> finding(RungId modelRung, Thresholds limits) {
        if (!untuned(limits)) {
            return Optional.empty();
        }
        String inForceText = inForce.threshold() == DEFAULT_THRESHOLD ? "at 0.5"
                : String.format(Locale.ROOT, "at the chosen threshold %.3f", inForce.threshold());
        String detail = String.format(Locale.ROOT, "On validation predictions the best F1 is %.3f at threshold"
                        + " %.3f (precision %.3f, recall %.3f), against %.3f %s.", bestF1.f1(), bestF1.threshold(),
                bestF1.precision(), bestF1.recall(), inForce.f1(), inForceText);
        Map<String, Object> evidence = Map.of(
                "f1_at_0_5", atDefault.f1(),
                "threshold_in_force", inForce.threshold(),
                "f1_at_threshold_in_force", inForce.f1(),
                "best_f1_threshold", bestF1.threshold(),
                "best_f1", bestF1.f1(),
                "precision_at_best_f1", bestF1.precision(),
                "recall_at_best_f1", bestF1.recall());
        FindingCode code = FindingCode.THRESHOLD_UNTUNED;
        return Optional.of(new Finding(code, code.defaultSeverity(), modelRung, detail, List.of(), evidence));
    }
}
