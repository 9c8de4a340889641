package dev.ladderbench.core.drift;

/**
 * Production values beyond the training range widened by the margin in force.
 *
 * @param low   training minimum minus the margin times the training range
 * @param high  training maximum plus the margin times the training range
 * @param below production values under {@code low}
 * @param above production values over {@code high}
 */
public record OutOfRange(double trainingMin, double trainingMax, double low, double high, int below, int above) {

    public int count() {
        return below + above;
    }
}
