package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.List;

/** The first pass: infers and stores every column, and remembers the line each row starts on. */
final class TypedColumns implements RecordScan.Visitor {

    private final CellRules rules;
    private String[] header;
    private ColumnAccumulator[] columns;
    private final IntChunks lines = new IntChunks();

    TypedColumns(CellRules rules) {
        this.rules = rules;
    }

    @Override
    public void header(String[] fields) {
        header = fields.clone();
        columnCount(fields.length);
    }

    /** Prepares the columns for a reader of a later part of the file, which sees no header. */
    void columnCount(int count) {
        columns = new ColumnAccumulator[count];
        for (int c = 0; c < count; c++) {
            columns[c] = new ColumnAccumulator(rules);
        }
    }

    @Override
    public void row(CsvTokenizer record, int line) {
        ColumnAccumulator[] cs = columns;
        char[] chars = record.chars();
        for (int c = 0; c < cs.length; c++) {
            cs[c].add(chars, record.start(c), record.end(c));
        }
        lines.add(line);
    }

    /**
     * Appends the rows {@code later} read from the second part of the file.
     *
     * @param lineOffset lines of the file before that part
     */
    void addAll(TypedColumns later, int lineOffset) {
        for (int c = 0; c < columns.length; c++) {
            columns[c].addAll(later.columns[c]);
            later.columns[c] = null;
        }
        lines.addAll(later.lines, line -> line + lineOffset);
    }

    String[] header() {
        return header.clone();
    }

    List<Integer> columnsNeedingTextPass() {
        List<Integer> indexes = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].needsTextPass()) {
                indexes.add(c);
            }
        }
        return indexes;
    }

    Column build(int column, String name) {
        Column built = columns[column].build(name);
        columns[column] = null; // let the chunks go before the next column is made exact
        return built;
    }

    /** Null when row i is on line i + 2 (one line per record, nothing skipped), as {@link Dataset} expects. */
    int[] lineNumbers() {
        int[] all = lines.toArray();
        for (int row = 0; row < all.length; row++) {
            if (all[row] != row + 2) {
                return all;
            }
        }
        return null;
    }
}
