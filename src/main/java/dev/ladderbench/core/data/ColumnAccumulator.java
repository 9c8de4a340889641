package dev.ladderbench.core.data;

/**
 * Infers and stores one column during the first pass over the file. A column is numeric until a
 * non-missing cell is not a number. If that happens before any number was seen, it simply continues as
 * text; if numbers were already seen, their exact text is gone (only doubles are kept, to keep memory
 * at 8 bytes a cell), so the column is marked for a second pass that re-reads just its text.
 */
final class ColumnAccumulator {

    private final CellRules rules;
    private DoubleChunks numbers = new DoubleChunks();
    private CategoricalColumnBuilder text;
    private boolean sawNumber;
    private boolean needsTextPass;

    ColumnAccumulator(CellRules rules) {
        this.rules = rules;
    }

    /** Adds the cell that lies in {@code chars} from {@code from} to {@code to}; only text becomes a String. */
    void add(char[] chars, int from, int to) {
        if (numbers != null) {
            if (rules.appendNumber(chars, from, to, numbers)) {
                sawNumber |= !Double.isNaN(numbers.lastAdded());
                return;
            }
            switchToText(numbers.size()); // the text cell was not appended
        }
        if (text != null) {
            text.add(new String(chars, from, to - from));
        }
    }

    private void switchToText(int rowsSoFar) {
        if (sawNumber) {
            textPassNeeded();
        } else {
            numbers = null;
            text = new CategoricalColumnBuilder(rules);
            text.addMissing(rowsSoFar);
        }
    }

    /**
     * Appends what {@code later} gathered from a later part of the file, as if one accumulator had read
     * both parts; a column that is text in one part and holds numbers in the other needs the text pass.
     */
    void addAll(ColumnAccumulator later) {
        if (needsTextPass || later.needsTextPass) {
            textPassNeeded();
        } else if (numbers != null && later.numbers != null) {
            numbers.addAll(later.numbers);
            sawNumber |= later.sawNumber;
        } else if (text != null && later.text != null) {
            text.addAll(later.text);
        } else if (numbers != null) {
            if (sawNumber) {
                textPassNeeded();
            } else {
                text = new CategoricalColumnBuilder(rules);
                text.addMissing(numbers.size());
                numbers = null;
                text.addAll(later.text);
            }
        } else if (later.sawNumber) {
            textPassNeeded();
        } else {
            text.addMissing(later.numbers.size());
        }
    }

    private void textPassNeeded() {
        needsTextPass = true;
        numbers = null;
        text = null;
    }

    /** True when the column turned out to be text after numbers were seen: it must be read again. */
    boolean needsTextPass() {
        return needsTextPass;
    }

    Column build(String name) {
        if (numbers != null) {
            return new NumericColumn(name, numbers.toArray());
        }
        if (text != null) {
            return text.build(name);
        }
        throw new IllegalStateException("Column " + name + " needs a second pass for its text");
    }
}
