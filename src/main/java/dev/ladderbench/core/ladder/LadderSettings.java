package dev.ladderbench.core.ladder;

/**
 * How the ladder is run: folds, seed, fold scheme, the thresholds in force, and how many labelled rows the
 * models may use.
 *
 * @param sampleRows above this many labelled rows, the model rungs and the leakage probe fit on a seeded
 *                   stratified sample of this size (rung 0's row and column checks still cover every row);
 *                   0 = always all rows
 */
public record LadderSettings(int folds, long seed, CvScheme cv, Thresholds thresholds, int sampleRows) {

    /** Large enough for stable figures, small enough that a 10,000,000-row file climbs in a 4 GB heap. */
    public static final int DEFAULT_SAMPLE_ROWS = 1_000_000;

    public LadderSettings {
        if (folds < 2) {
            throw new IllegalArgumentException("Cross-validation needs at least 2 folds, not " + folds);
        }
        if (sampleRows < 0) {
            throw new IllegalArgumentException("The sample size must be 0 (all rows) or positive, not " + sampleRows);
        }
    }

    /** With the default sample cap. */
    public LadderSettings(int folds, long seed, CvScheme cv, Thresholds thresholds) {
        this(folds, seed, cv, thresholds, DEFAULT_SAMPLE_ROWS);
    }

    public static LadderSettings defaults() {
        return new LadderSettings(5, 42, CvScheme.SHUFFLED, Thresholds.defaults());
    }

    public LadderSettings withSampleRows(int rows) {
        return new LadderSettings(folds, seed, cv, thresholds, rows);
    }
}
