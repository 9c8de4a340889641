package dev.ladderbench.core.bench;

/**
 * The step after the ladder, timed on the forest's out-of-fold predictions at threshold 0.5.
 *
 * @param analysis the whole error step (confusion matrix, feature contrasts, confidence, sweep, suggestions)
 * @param sweep    the threshold sweep alone (every threshold's counts, ROC and PR curves)
 * @param rows     the predictions analysed
 */
public record ErrorFigures(Timing analysis, Timing sweep, int rows) {
}
