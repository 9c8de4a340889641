package dev.ladderbench.report;

import dev.ladderbench.core.drift.CategoricalDrift;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.NumericDrift;

import dev.ladderbench.core.ladder.ModelRows;

import java.util.Locale;
import java.util.Optional;

/** How a drift figure is worded, the same on the console and in the PDF. */
public final class DriftText {

    private DriftText() {
    }

    /** "KS 0.385" or "chi2 25.7 (df 2)". */
    public static String test(FeatureDrift feature) {
        return feature instanceof NumericDrift n ? String.format(Locale.ROOT, "KS %.3f", n.ks())
                : String.format(Locale.ROOT, "chi2 %.1f (df %d)", feature.statistic(),
                ((CategoricalDrift) feature).degreesOfFreedom());
    }

    /**
     * Which training rows the drift's model learned from, when they were a sample: "Model cross-validated and fitted
     * on a stratified sample of 1,000 of 5,000 labelled training rows (seed 42); the features are compared on every
     * row."; empty when it used them all.
     */
    public static Optional<String> modelSample(ModelRows rows) {
        return rows.sampled() ? Optional.of("Model cross-validated and fitted on " + rows.describe()
                .replace("labelled rows", "labelled training rows") + "; the features are compared on every row.")
                : Optional.empty();
    }

    /** "0.0123", "1.2e-09", "< 1e-300" for a p-value that underflowed to 0, "-" when there is none. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        if (p == 0) {
            return "< 1e-300";
        }
        return p >= 1e-3 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.1e", p);
    }
}
