package dev.ladderbench.report;

import dev.ladderbench.core.drift.CategoricalDrift;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.NumericDrift;

import java.util.Locale;

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
