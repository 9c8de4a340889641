package dev.ladderbench.core.ladder;

/** How the ladder is run: folds, seed, fold scheme and the thresholds in force. */
public record LadderSettings(int folds, long seed, CvScheme cv, Thresholds thresholds) {

    public LadderSettings {
        if (folds < 2) {
            throw new IllegalArgumentException("Cross-validation needs at least 2 folds, not " + folds);
        }
    }

    public static LadderSettings defaults() {
        return new LadderSettings(5, 42, CvScheme.SHUFFLED, Thresholds.defaults());
    }
}
