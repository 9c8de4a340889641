package dev.ladderbench.core.model;

/**
 * Centres a column on its training mean and divides by its population standard deviation, as
 * scikit-learn's {@code StandardScaler}. A constant column is divided by 1, not by 0.
 */
public record StandardScaler(double mean, double scale) {

    public static StandardScaler fit(double[] trainingValues) {
        int n = trainingValues.length;
        double mean = 0;
        for (double v : trainingValues) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : trainingValues) {
            squares += (v - mean) * (v - mean);
        }
        double variance = squares / n;
        return new StandardScaler(mean, isConstant(variance, mean, n) ? 1 : Math.sqrt(variance));
    }

    /**
     * scikit-learn's test for a constant feature: a variance within rounding error of zero, so that
     * a column of identical values computed as a tiny variance is not blown up.
     */
    private static boolean isConstant(double variance, double mean, int n) {
        double eps = Math.ulp(1.0);
        double bound = n * eps * variance + Math.pow(n * mean * eps, 2);
        return variance <= bound;
    }

    public double scale(double value) {
        return (value - mean) / scale;
    }
}
