package dev.ladderbench.core.analysis;

/**
 * The thresholds worth considering instead of 0.5, each with its counts, all chosen on validation
 * (out-of-fold) predictions: choosing on the predictions that are then reported would flatter them.
 *
 * @param tuning       0.5 and the threshold in force against the best-F1 threshold, the figures behind
 *                     {@code threshold-untuned}
 * @param youden       the highest Youden's J (recall - false positive rate)
 * @param targetRecall the highest threshold reaching {@link #TARGET_RECALL}
 * @param minCost      the lowest cost when a false negative costs {@link #COST_RATIO} false positives
 */
public record ThresholdSuggestions(ThresholdTuning tuning, ConfusionCounts youden, ConfusionCounts targetRecall,
                                   ConfusionCounts minCost) {

    /** Screening-style target: catch nine positives in ten. */
    public static final double TARGET_RECALL = 0.9;
    /** A missed positive costs five false alarms, a common starting point when misses are the costly error. */
    public static final double COST_RATIO = 5;

    /** With the article's 0.5 in force. */
    public static ThresholdSuggestions of(ThresholdSweep sweep) {
        return of(sweep, ThresholdTuning.DEFAULT_THRESHOLD);
    }

    /** @param threshold the threshold in force (the user's, else 0.5) */
    public static ThresholdSuggestions of(ThresholdSweep sweep, double threshold) {
        return new ThresholdSuggestions(ThresholdTuning.of(sweep, threshold), sweep.maxYoudenJ(),
                sweep.forRecall(TARGET_RECALL), sweep.minCost(COST_RATIO));
    }

    /** The counts at 0.5. */
    public ConfusionCounts atDefault() {
        return tuning.atDefault();
    }

    /** The counts at the threshold in force. */
    public ConfusionCounts chosen() {
        return tuning.inForce();
    }

    public ConfusionCounts bestF1() {
        return tuning.bestF1();
    }
}
