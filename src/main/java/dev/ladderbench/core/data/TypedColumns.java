package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.List;

/** The first pass: infers and stores every column, and remembers the line each row starts on. */
final class TypedColumns implements RecordScan.Visitor {

    private final CellRules rules;
    private String[] header;
    private ColumnAccumulator[] columns;
    private final IntChunks lines = new IntChunks();
    private boolean linesTrivial = true;

    TypedColumns(CellRules rules) {
        this.rules = rules;
    }

    @Override
    public void header(String[] fields) {
        header = fields.clone();
        columns = new ColumnAccumulator[fields.length];
        for (int c = 0; c < fields.length; c++) {
            columns[c] = new ColumnAccumulator(rules);
        }
    }

    @Override
    public void row(String[] fields, int line) {
        ColumnAccumulator[] cs = columns;
        for (int c = 0; c < cs.length; c++) {
            cs[c].add(fields[c]);
        }
        // Row i on line i + 2 needs no table: most files have one line per record and nothing skipped
        linesTrivial &= line == lines.size() + 2;
        lines.add(line);
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

    /** Null when trivial, as {@link Dataset} expects. */
    int[] lineNumbers() {
        return linesTrivial ? null : lines.toArray();
    }
}
