package dev.ladderbench.fuzz;

import dev.ladderbench.core.data.CsvReadOptions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the README says a cell is read, written out plainly and slowly, for the type-inference fuzz test to
 * compare the fast reader with: missing-value tokens and the empty cell are missing; a trimmed cell that
 * starts like a number (a digit or a dot, after an optional sign) is whatever {@link Double#parseDouble}
 * makes of it; the infinity spellings are infinite; a column of text whose every value is a number with a
 * decimal comma or with thousands separators is read as those numbers.
 */
final class TypeOracle {

    private static final Set<String> MISSING = Set.copyOf(CsvReadOptions.DEFAULT_MISSING_TOKENS);
    private static final Map<String, Double> INFINITIES = Map.of(
            "Inf", Double.POSITIVE_INFINITY, "+Inf", Double.POSITIVE_INFINITY, "-Inf", Double.NEGATIVE_INFINITY,
            "inf", Double.POSITIVE_INFINITY, "+inf", Double.POSITIVE_INFINITY, "-inf", Double.NEGATIVE_INFINITY,
            "Infinity", Double.POSITIVE_INFINITY, "+Infinity", Double.POSITIVE_INFINITY,
            "-Infinity", Double.NEGATIVE_INFINITY);
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    private TypeOracle() {
    }

    /** The cell as it survives being written as UTF-8 (a lone surrogate does not). */
    static String roundTrip(String cell) {
        return new String(cell.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    static boolean missing(String cell) {
        return cell.isEmpty() || MISSING.contains(cell.trim());
    }

    /** The column's numbers (NaN for missing cells) when it is numeric, or null when it is text. */
    static double[] numbers(List<String> cells) {
        double[] values = new double[cells.size()];
        for (int row = 0; row < values.length; row++) {
            Double value = number(cells.get(row));
            if (value == null) {
                double[] thousands = spelled(cells, THOUSANDS, s -> s.replace(",", ""));
                return thousands != null ? thousands
                        : spelled(cells, DECIMAL_COMMA, s -> s.replace(".", "").replace(',', '.'));
            }
            values[row] = value;
        }
        return values;
    }

    private static Double number(String cell) {
        if (missing(cell)) {
            return Double.NaN;
        }
        String trimmed = cell.trim();
        if (INFINITIES.containsKey(trimmed)) {
            return INFINITIES.get(trimmed);
        }
        int first = trimmed.startsWith("-") || trimmed.startsWith("+") ? 1 : 0;
        if (trimmed.length() <= first) {
            return null;
        }
        char c = trimmed.charAt(first);
        if (!(c >= '0' && c <= '9') && c != '.') {
            return null;
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException text) {
            return null;
        }
    }

    /** Every present cell spelled so, at least one with a comma: the numbers; else null. */
    private static double[] spelled(List<String> cells, Pattern spelling, Function<String, String> toJava) {
        double[] values = new double[cells.size()];
        boolean comma = false;
        for (int row = 0; row < values.length; row++) {
            String cell = cells.get(row);
            if (missing(cell)) {
                values[row] = Double.NaN;
                continue;
            }
            String trimmed = cell.trim();
            if (!spelling.matcher(trimmed).matches()) {
                return null;
            }
            comma |= trimmed.indexOf(',') >= 0;
            values[row] = Double.parseDouble(toJava.apply(trimmed));
        }
        return comma ? values : null;
    }
}
