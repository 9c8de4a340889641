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
 * The default 0.5 threshold against the best-F1 one, both on validation predictions: the figures behind
 * {@code threshold-untuned}.
 *
 * @param atDefault the counts at 0.5 (product rule, {@code p >= 0.5})
 * @param bestF1    the counts at the threshold with the highest F1
 */
public record ThresholdTuning(ConfusionCounts atDefault, ConfusionCounts bestF1) {

    public static final double DEFAULT_THRESHOLD = 0.5;

    public static ThresholdTuning of(ThresholdSweep sweep) {
        return new ThresholdTuning(sweep.at(DEFAULT_THRESHOLD), sweep.maxF1());
    }

    /** How far the best-F1 threshold lies from 0.5. */
    public double distance() {
        return Math.abs(bestF1.threshold() - DEFAULT_THRESHOLD);
    }

    public double f1Gain() {
        return bestF1.f1() - atDefault.f1();
    }

    /** With the default limits of DESIGN.md (0.15 and 0.05). */
    public boolean untuned() {
        return untuned(Thresholds.defaults());
    }

    /** The best-F1 threshold lies far enough from 0.5 and gains enough F1 to be worth a finding. */
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
        String detail = String.format(Locale.ROOT, "On validation predictions the best F1 is %.3f at threshold"
                        + " %.3f (precision %.3f, recall %.3f), against %.3f at 0.5.", bestF1.f1(), bestF1.threshold(),
                bestF1.precision(), bestF1.recall(), atDefault.f1());
        Map<String, Object> evidence = Map.of(
                "f1_at_0_5", atDefault.f1(),
                "best_f1_threshold", bestF1.threshold(),
                "best_f1", bestF1.f1(),
                "precision_at_best_f1", bestF1.precision(),
                "recall_at_best_f1", bestF1.recall());
        FindingCode code = FindingCode.THRESHOLD_UNTUNED;
        return Optional.of(new Finding(code, code.defaultSeverity(), modelRung, detail, List.of(), evidence));
    }
}
