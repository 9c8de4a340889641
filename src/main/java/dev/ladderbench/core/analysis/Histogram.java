package dev.ladderbench.core.analysis;

import java.util.Arrays;

/**
 * Counts of probabilities in equal-width bins over [0, 1]: bin i holds [i/b, (i+1)/b), the last also 1.
 * Bin edges are numpy's {@code linspace(0, 1, b + 1)} values (i * (1/b), so 0.3 sits just below the
 * edge 0.30000000000000004), which makes the bins of {@link Calibration} those of scikit-learn.
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

    /** The bin of {@code p} in [0, 1] among {@code bins}, as numpy's {@code searchsorted(inner edges, p, 'right')}. */
    static int binOf(double p, int bins) {
        int bin = Math.min((int) (p * bins), bins - 1);
        // p * bins can round across an edge; settle the bin against the edges themselves.
        if (bin > 0 && p < lowerEdge(bin, bins)) {
            bin--;
        } else if (bin < bins - 1 && p >= lowerEdge(bin + 1, bins)) {
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
