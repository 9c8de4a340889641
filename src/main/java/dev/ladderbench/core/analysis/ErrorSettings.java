package dev.ladderbench.core.analysis;

import dev.ladderbench.core.ladder.RungId;

/**
 * What the error step analyses: which model rung's predictions, from where, and at which threshold.
 *
 * @param model     {@link RungId#LINEAR} or {@link RungId#FOREST}
 * @param threshold rows scored at or above it are predicted positive, in [0, 1]
 */
public record ErrorSettings(RungId model, PredictionSource source, double threshold) {

    public ErrorSettings {
        if (model != RungId.LINEAR && model != RungId.FOREST) {
            throw new IllegalArgumentException("Error analysis looks at a model rung (linear or forest), not "
                    + model.id());
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold must be a probability between 0 and 1, not " + threshold);
        }
    }

    /** The forest's out-of-fold predictions at the article's 0.5. */
    public static ErrorSettings defaults() {
        return new ErrorSettings(RungId.FOREST, PredictionSource.OUT_OF_FOLD, ThresholdTuning.DEFAULT_THRESHOLD);
    }
}
