package dev.ladderbench.core.data;

import java.util.Arrays;

/** A column whose every non-missing cell parsed as a number; missing cells are NaN. */
public final class NumericColumn implements Column {

    private final String name;
    private final double[] values;
    private final boolean integerValued;

    /** Takes ownership of {@code values}: the caller must not change the array afterwards. */
    public NumericColumn(String name, double[] values) {
        this.name = name;
        this.values = values;
        this.integerValued = allIntegers(values);
    }

    private static boolean allIntegers(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v) && (Double.isInfinite(v) || v != Math.rint(v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    public double value(int row) {
        return values[row];
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    /** True when every non-missing value is a whole number (ID detection and class labels need it). */
    public boolean integerValued() {
        return integerValued;
    }

    public double[] toArray() {
        return values.clone();
    }

    @Override
    public String text(int row) {
        return format(values[row]);
    }

    /** Formats a value as the CSV would most plausibly have written it: "3" rather than "3.0". */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + values.length + " rows, " + Arrays.stream(values).limit(3).boxed().toList() + "...]";
    }
}
