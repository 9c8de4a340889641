package dev.ladderbench.core.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

import java.util.Map;
import java.util.Set;

/**
 * How the text of one cell is read: which texts mean "no value", which spell infinity, and what
 * counts as a number (exactly {@link Double#parseDouble} semantics, surrounding whitespace ignored).
 *
 * <p>This runs once per cell of the file, so the common case (a plain number) goes straight to the
 * parser and the rarer texts are looked up only when the first character cannot start a number; that
 * keeps exceptions and hashing out of the hot path.
 */
final class CellRules {

    private static final Map<String, Double> INFINITIES = Map.of(
            "Inf", Double.POSITIVE_INFINITY, "+Inf", Double.POSITIVE_INFINITY, "-Inf", Double.NEGATIVE_INFINITY,
            "inf", Double.POSITIVE_INFINITY, "+inf", Double.POSITIVE_INFINITY, "-inf", Double.NEGATIVE_INFINITY,
            "Infinity", Double.POSITIVE_INFINITY, "+Infinity", Double.POSITIVE_INFINITY,
            "-Infinity", Double.NEGATIVE_INFINITY);

    private final Set<String> missingTokens;

    CellRules(Set<String> missingTokens) {
        this.missingTokens = missingTokens;
    }

    boolean isMissing(String cell) {
        return cell.isEmpty() || missingTokens.contains(trim(cell));
    }

    /**
     * Appends the cell's number to {@code values} (NaN for a missing cell) and returns true, or returns
     * false, appending nothing, when the cell is text.
     */
    boolean appendNumber(String cell, DoubleChunks values) {
        return appendNumber(cell.toCharArray(), 0, cell.length(), values);
    }

    /** As {@link #appendNumber(String, DoubleChunks)} for the cell in {@code chars} from {@code from} to {@code to}. */
    boolean appendNumber(char[] chars, int from, int to, DoubleChunks values) {
        int length = to - from;
        if (length == 0) {
            values.add(Double.NaN);
            return true;
        }
        if (startsLikeANumber(chars, from, to)) {
            try {
                values.add(JavaDoubleParser.parseDouble(chars, from, length));
                return true;
            } catch (NumberFormatException notANumber) {
                return appendSpecial(trim(new String(chars, from, length)), values);
            }
        }
        return appendSpecial(trim(new String(chars, from, length)), values);
    }

    /** Padded numbers, missing tokens, infinities and text: all rarer than a plain number. */
    private boolean appendSpecial(String trimmed, DoubleChunks values) {
        if (trimmed.isEmpty() || missingTokens.contains(trimmed)) {
            values.add(Double.NaN);
            return true;
        }
        Double infinity = INFINITIES.get(trimmed);
        if (infinity != null) {
            values.add(infinity);
            return true;
        }
        char[] chars = trimmed.toCharArray();
        if (!startsLikeANumber(chars, 0, chars.length)) {
            return false; // also keeps "NaN"/"Infinity" spellings out when the user removed them from the tokens
        }
        try {
            values.add(JavaDoubleParser.parseDouble(chars, 0, chars.length));
            return true;
        } catch (NumberFormatException text) {
            return false;
        }
    }

    private static boolean startsLikeANumber(char[] chars, int from, int to) {
        char c = chars[from];
        if (c == '-' || c == '+') {
            if (to - from == 1) {
                return false;
            }
            c = chars[from + 1];
        }
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** Like {@link String#trim()} but returns the same instance for the usual unpadded cell. */
    static String trim(String cell) {
        int n = cell.length();
        if (n == 0 || (cell.charAt(0) > ' ' && cell.charAt(n - 1) > ' ')) {
            return cell;
        }
        return cell.trim();
    }
}
