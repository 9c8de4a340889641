package dev.ladderbench.core.drift;

import java.util.Arrays;

/**
 * Bins cut at quantiles of the training values, for the PSI of a numeric feature. The edges are numpy's
 * default {@code np.quantile(training, [0.1, ..., 0.9])} (linear interpolation between order statistics,
 * with numpy's two-sided lerp so the figures match to the last bit); equal edges, which tied values
 * produce, are merged, so a feature with few distinct values gets fewer bins. A value belongs to bin
 * {@code i} when exactly {@code i} edges lie strictly below it ({@code np.searchsorted(edges, v)}): bins
 * are closed on the right, the first reaches down to minus infinity and the last up to plus infinity.
 */
public final class QuantileBins {

    private final double[] edges;

    private QuantileBins(double[] edges) {
        this.edges = edges;
    }

    /**
     * @param sortedTraining the training values, finite, ascending, at least one
     * @param bins           how many quantile bins before merging equal edges
     */
    public static QuantileBins of(double[] sortedTraining, int bins) {
        if (sortedTraining.length == 0) {
            throw new IllegalArgumentException("Quantile bins need at least one training value");
        }
        double[] edges = new double[bins - 1];
        for (int i = 1; i < bins; i++) {
            edges[i - 1] = quantile(sortedTraining, (double) i / bins);
        }
        // Edges ascend; keep each first of equal ones (== also merges -0.0 with 0.0, as np.unique does).
        int distinct = 0;
        for (double edge : edges) {
            if (distinct == 0 || edge != edges[distinct - 1]) {
                edges[distinct++] = edge;
            }
        }
        return new QuantileBins(Arrays.copyOf(edges, distinct));
    }

    /** numpy's "linear" quantile (method 7 of Hyndman and Fan). */
    static double quantile(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = position - below;
        double a = sorted[below];
        double b = sorted[above];
        double difference = b - a;
        // numpy's _lerp: from the nearer end, so that t = 1 gives b exactly.
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    /** The inner edges, ascending and distinct. */
    public double[] edges() {
        return edges.clone();
    }

    public int count() {
        return edges.length + 1;
    }

    /** The bin of a value that is not NaN. */
    public int binOf(double value) {
        int low = 0;
        int high = edges.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (edges[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
