package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * A second look at the columns that came out as text, for what a person most likely meant, said in a
 * notice so that nothing is reinterpreted silently:
 * <ul>
 *   <li>numbers written with a decimal comma ({@code 1,5}, {@code 1.234,5}) or with thousands separators
 *   ({@code "12,345.5"}) are read as numbers: a column of them as text would be a useless category per value;
 *   <li>a column of numbers with a few text cells stays text, but the first such cell and its line are named,
 *   as it is usually a typo or a marker that should have been a missing value.
 * </ul>
 */
final class TextColumnReadings {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final int NAMED = 5;

    private final List<String> decimalComma = new ArrayList<>();
    private final List<String> thousands = new ArrayList<>();
    private final List<String> mixed = new ArrayList<>();
    private String decimalCommaExample;
    private String thousandsExample;

    private TextColumnReadings() {
    }

    /**
     * @param columns   the columns as read, in file order; text columns holding numbers are replaced
     * @param lines     the line of the file each row starts on
     * @param delimiter a comma delimiter makes a decimal comma impossible without quotes, so thousands win ties
     * @return the notices to show, at most one per kind
     */
    static List<String> apply(List<Column> columns, IntUnaryOperator lines, CellRules rules, char delimiter,
                              String fileName) {
        TextColumnReadings readings = new TextColumnReadings();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) instanceof CategoricalColumn text) {
                columns.set(c, readings.reread(text, lines, rules, delimiter));
            }
        }
        return readings.notices(fileName);
    }

    private Column reread(CategoricalColumn text, IntUnaryOperator lines, CellRules rules, char delimiter) {
        List<String> levels = text.levels().stream().map(String::trim).toList();
        boolean commaFirst = delimiter != ',';
        for (int attempt = 0; attempt < 2; attempt++) {
            boolean decimal = commaFirst == (attempt == 0);
            double[] values = decimal ? parse(levels, DECIMAL_COMMA, s -> s.replace(".", "").replace(',', '.'))
                    : parse(levels, THOUSANDS, s -> s.replace(",", ""));
            if (values != null) {
                String example = levels.stream().filter(l -> l.contains(",")).findFirst().orElseThrow();
                if (decimal) {
                    decimalComma.add(text.name());
                    decimalCommaExample = decimalCommaExample == null ? example : decimalCommaExample;
                } else {
                    thousands.add(text.name());
                    thousandsExample = thousandsExample == null ? example : thousandsExample;
                }
                double[] column = new double[text.size()];
                for (int row = 0; row < column.length; row++) {
                    column[row] = text.isMissing(row) ? Double.NaN : values[text.code(row)];
                }
                return new NumericColumn(text.name(), column);
            }
        }
        nameTheTextAmongNumbers(text, lines, rules);
        return text;
    }

    /**
     * The levels as numbers when every one matches {@code spelling} and at least one holds a comma (else
     * the column is text for another reason), or null.
     */
    private static double[] parse(List<String> levels, Pattern spelling, Function<String, String> toJava) {
        boolean comma = false;
        double[] values = new double[levels.size()];
        for (int i = 0; i < values.length; i++) {
            String level = levels.get(i);
            if (!spelling.matcher(level).matches()) {
                return null;
            }
            comma |= level.indexOf(',') >= 0;
            values[i] = Double.parseDouble(toJava.apply(level));
        }
        return comma ? values : null;
    }

    /** A column whose cells are mostly numbers: names the first text cell and its line. */
    private void nameTheTextAmongNumbers(CategoricalColumn text, IntUnaryOperator lines, CellRules rules) {
        boolean[] numeric = new boolean[text.levels().size()];
        DoubleChunks scratch = new DoubleChunks();
        for (int level = 0; level < numeric.length; level++) {
            numeric[level] = rules.appendNumber(text.levels().get(level), scratch);
        }
        int numbers = 0;
        int present = 0;
        int firstText = -1;
        for (int row = 0; row < text.size(); row++) {
            if (!text.isMissing(row)) {
                present++;
                if (numeric[text.code(row)]) {
                    numbers++;
                } else if (firstText < 0) {
                    firstText = row;
                }
            }
        }
        if (firstText >= 0 && numbers > 0 && numbers * 2 >= present) {
            mixed.add(String.format(Locale.ROOT, "%s ('%s' on line %d)", text.name(), shorten(text.text(firstText)),
                    lines.applyAsInt(firstText)));
        }
    }

    private List<String> notices(String fileName) {
        List<String> notices = new ArrayList<>();
        if (!decimalComma.isEmpty()) {
            notices.add(columns(decimalComma) + " of " + fileName + hold(decimalComma) + " numbers written with a decimal comma (such as '"
                    + decimalCommaExample + "'), so they were read as numbers.");
        }
        if (!thousands.isEmpty()) {
            notices.add(columns(thousands) + " of " + fileName + hold(thousands) + " numbers written with thousands separators (such"
                    + " as '" + thousandsExample + "'), so they were read as numbers.");
        }
        if (!mixed.isEmpty()) {
            boolean one = mixed.size() == 1;
            notices.add(columns(mixed) + " of " + fileName + hold(mixed) + " numbers but also text, so "
                    + (one ? "it was" : "they were") + " read as text; if " + (one ? "it is" : "they are")
                    + " numeric, fix those cells or add their text to the missing-value tokens.");
        }
        return notices;
    }

    private static String columns(List<String> names) {
        String listed = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
                + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
        return (names.size() == 1 ? "Column " : "Columns ") + listed;
    }

    private static String hold(List<String> names) {
        return names.size() == 1 ? " holds" : " hold";
    }

    /** A cell as it can be quoted: cut to 40 characters, invisible ones (a stray byte order mark) made visible. */
    private static String shorten(String value) {
        String cut = value.length() <= 40 ? value : value.substring(0, 40) + "…";
        StringBuilder visible = new StringBuilder();
        cut.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL) {
                visible.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return visible.toString();
    }
}
