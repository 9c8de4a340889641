package dev.ladderbench.core.data;

/**
 * The span of a numeric feature's training values, widened on each side by a share of its width: the
 * one definition of "out of range" that the drift comparison and the replay of a single row share, so
 * a value the replay flags is one the drift counts.
 *
 * @param min    the smallest finite training value
 * @param max    the largest finite training value
 * @param margin the share of {@code max - min} a value may lie beyond either end
 */
public record TrainingRange(double min, double max, double margin) {

    /** DESIGN.md's margin: a tenth of the training range on each side. */
    public static final double DEFAULT_MARGIN = 0.10;

    public double low() {
        return min - margin * (max - min);
    }

    public double high() {
        return max + margin * (max - min);
    }

    /** False for NaN, and for every value when the training rows had no finite value. */
    public boolean outside(double value) {
        return value < low() || value > high();
    }
}
