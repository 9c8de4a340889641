package dev.ladderbench.core.data;

import java.util.List;

/** The second pass: the exact text of the columns that turned out to be text after holding numbers. */
final class TextColumns implements RecordScan.Visitor {

    private final CategoricalColumnBuilder[] builders;
    private final int[] indexes;

    TextColumns(CellRules rules, int columnCount, List<Integer> columns) {
        builders = new CategoricalColumnBuilder[columnCount];
        indexes = columns.stream().mapToInt(Integer::intValue).toArray();
        for (int c : indexes) {
            builders[c] = new CategoricalColumnBuilder(rules);
        }
    }

    @Override
    public void header(String[] fields) {
        // the first pass already named the columns
    }

    @Override
    public void row(CsvTokenizer record, int line) {
        for (int c : indexes) {
            builders[c].add(record.field(c));
        }
    }

    CategoricalColumn build(int column, String name) {
        return builders[column].build(name);
    }
}
