package dev.ladderbench.core.drift;

import java.math.BigDecimal;
import java.math.MathContext;

/** How bins are named in tables, charts and the JSON. */
final class BinLabels {

    static final String MISSING = "(missing)";

    private BinLabels() {
    }

    /** PSI bin {@code bin} of {@code edges}: "<= 1.5", "(1.5, 2]", "> 2", or "all values" without edges. */
    static String quantileBin(double[] edges, int bin) {
        if (edges.length == 0) {
            return "all values";
        }
        if (bin == 0) {
            return "<= " + number(edges[0]);
        }
        if (bin == edges.length) {
            return "> " + number(edges[edges.length - 1]);
        }
        return "(" + number(edges[bin - 1]) + ", " + number(edges[bin]) + "]";
    }

    /** A value to 6 significant digits, without trailing zeros or an exponent: "0.123457", "1500". */
    static String number(double value) {
        return number(value, 6);
    }

    /** A value to {@code digits} significant digits, without trailing zeros. */
    static String number(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
