package dev.ladderbench.core.drift;

/**
 * The population stability index of production against training over the same bins:
 * {@code sum over bins of (p - q) * ln(p / q)}, with {@code q} the training share and {@code p} the
 * production share of a bin, each floored at {@value #FLOOR} so that an empty bin counts as rare, not
 * infinitely surprising. 0 means identical shares; above 0.1 is usually read as a moderate shift, above
 * 0.25 as a large one.
 */
public final class Psi {

    /** The smallest share a bin counts with. */
    public static final double FLOOR = 1e-4;

    private Psi() {
    }

    /** @param training rows per bin in training; {@code production} the same bins in production */
    public static double of(long[] training, long[] production) {
        if (training.length != production.length) {
            throw new IllegalArgumentException("Both need the same bins: " + training.length + " and "
                    + production.length);
        }
        double trainingTotal = total(training);
        double productionTotal = total(production);
        if (trainingTotal == 0 || productionTotal == 0) {
            return Double.NaN;
        }
        double psi = 0;
        for (int b = 0; b < training.length; b++) {
            double q = Math.max(FLOOR, training[b] / trainingTotal);
            double p = Math.max(FLOOR, production[b] / productionTotal);
            psi += (p - q) * Math.log(p / q);
        }
        return psi;
    }

    private static double total(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
