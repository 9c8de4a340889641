package dev.ladderbench.core.drift;

import java.util.List;

/** One feature compared between the training and the production file. */
public sealed interface FeatureDrift permits NumericDrift, CategoricalDrift {

    String column();

    /** "numeric" or "categorical". */
    String type();

    double psi();

    DriftStatus status();

    /** The test statistic beside the PSI: the two-sample KS statistic, or Pearson's chi-square. */
    double statistic();

    /** The p-value of {@link #statistic()}. */
    double pValue();

    /** The bins the PSI was computed over, with each file's rows in them. */
    List<BinCount> psiBins();

    /** Bins for a chart of both distributions: equal-width for a numeric feature, the levels for a categorical one. */
    List<BinCount> histogram();

    int trainingMissing();

    int productionMissing();
}
