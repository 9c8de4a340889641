package dev.ladderbench.core.drift;

import java.util.List;

/**
 * A numeric feature compared: PSI over training quantile bins, the two-sample Kolmogorov-Smirnov test on
 * the non-missing values, and the production values outside the training range.
 *
 * @param ks       the KS statistic: the largest distance between the two empirical distribution functions
 * @param ksPValue its p-value, as {@link KsTest} defines it
 */
public record NumericDrift(String column, double psi, DriftStatus status, double ks, double ksPValue,
                           List<BinCount> psiBins, List<BinCount> histogram, OutOfRange outOfRange,
                           int trainingMissing, int productionMissing) implements FeatureDrift {

    public NumericDrift {
        psiBins = List.copyOf(psiBins);
        histogram = List.copyOf(histogram);
    }

    @Override
    public String type() {
        return "numeric";
    }

    @Override
    public double statistic() {
        return ks;
    }

    @Override
    public double pValue() {
        return ksPValue;
    }
}
