package dev.ladderbench.core.samples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A sample's cells as text, column by column, to plant a bug in and write as CSV. The generated values
 * never hold commas, quotes or line breaks, so plain joining is valid CSV.
 */
final class SampleTable {

    private final List<String> names = new ArrayList<>();
    private final List<List<String>> columns = new ArrayList<>();
    private int rows;

    SampleTable(int rows) {
        this.rows = rows;
    }

    int rows() {
        return rows;
    }

    /** Adds a column at the end. */
    SampleTable add(String name, IntFunction<String> valueOfRow) {
        return insert(names.size(), name, valueOfRow);
    }

    /** Adds a column in front of the others. */
    SampleTable addFirst(String name, IntFunction<String> valueOfRow) {
        return insert(0, name, valueOfRow);
    }

    /** Adds a column just before {@code existing}, so the target can stay last. */
    SampleTable insertBefore(String existing, String name, IntFunction<String> valueOfRow) {
        return insert(index(existing), name, valueOfRow);
    }

    /** Replaces a column's values (computed from the values before). */
    SampleTable replace(String name, IntFunction<String> valueOfRow) {
        List<String> values = values(valueOfRow);
        columns.set(index(name), values);
        return this;
    }

    SampleTable remove(String name) {
        int index = index(name);
        names.remove(index);
        columns.remove(index);
        return this;
    }

    String cell(int row, String column) {
        return columns.get(index(column)).get(row);
    }

    /** Appends copies of the given rows, in that order. */
    SampleTable appendCopies(int[] rows) {
        for (List<String> column : columns) {
            for (int row : rows) {
                column.add(column.get(row));
            }
        }
        this.rows += rows.length;
        return this;
    }

    byte[] csv() {
        StringBuilder text = new StringBuilder(String.join(",", names)).append('\n');
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                text.append(columns.get(c).get(r));
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private SampleTable insert(int at, String name, IntFunction<String> valueOfRow) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("The sample already has a column " + name);
        }
        List<String> values = values(valueOfRow);
        names.add(at, name);
        columns.add(at, values);
        return this;
    }

    private List<String> values(IntFunction<String> valueOfRow) {
        List<String> values = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            values.add(valueOfRow.apply(r));
        }
        return values;
    }

    private int index(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("The sample has no column " + name + " among " + names);
        }
        return index;
    }
}
