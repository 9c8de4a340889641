package dev.ladderbench.core.analysis;

import java.util.Arrays;

/**
 * Counts of probabilities in equal-width bins over [0, 1]: bin i holds (i/b, (i+1)/b], the first also 0.
 * Both the closed upper end and the edges, numpy's {@code linspace(0, 1, b + 1)} values (i * (1/b), so
 * 0.3 falls below the edge 0.30000000000000004), are those of scikit-learn 1.2's
 * {@code calibration_curve}; the confidence histograms use the same bins so the two views agree.
 */
public record Histogram(int[] counts) {

    public Histogram {
        if (counts.length == 0) {
            throw new IllegalArgumentException("A histogram needs at least one bin");
        }
        counts = counts.clone();
    }

    static Histogram of(double[] probabilities, int bins) {
        int[] counts = new int[bins];
        for (double p : probabilities) {
            counts[binOf(p, bins)]++;
        }
        return new Histogram(counts);
    }

    /** The bin of {@code p} in [0, 1] among {@code bins}: numpy's {@code searchsorted(inner edges, p)}. */
    static int binOf(double p, int bins) {
        int bin = Math.max(0, Math.min((int) Math.ceil(p * bins) - 1, bins - 1));
        // p * bins can round across an edge; settle the bin against the edges themselves.
        if (bin > 0 && p <= lowerEdge(bin, bins)) {
            bin--;
        } else if (bin < bins - 1 && p > lowerEdge(bin + 1, bins)) {
            bin++;
        }
        return bin;
    }

    static double lowerEdge(int bin, int bins) {
        return bin * (1.0 / bins);
    }

    public int bins() {
        return counts.length;
    }

    public double lowerEdge(int bin) {
        return lowerEdge(bin, counts.length);
    }

    public double upperEdge(int bin) {
        return bin == counts.length - 1 ? 1 : lowerEdge(bin + 1, counts.length);
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram" + Arrays.toString(counts);
    }
}
