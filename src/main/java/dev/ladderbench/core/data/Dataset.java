package dev.ladderbench.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table read from a file, stored column by column. Immutable once built.
 *
 * <p>Each row remembers the line of the file it started on, so that a person can find it again in the
 * original CSV even when records span several lines or bad lines were skipped.
 */
public final class Dataset {

    private final Path source;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rowCount;
    private final int[] lineNumbers;

    /**
     * @param lineNumbers the 1-based file line each row starts on, or {@code null} when row {@code i}
     *                    is simply on line {@code i + 2} (one header line, one line per record);
     *                    ownership passes to the dataset
     */
    public Dataset(Path source, List<Column> columns, int[] lineNumbers) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
        Map<String, Column> names = new LinkedHashMap<>();
        for (Column column : this.columns) {
            if (column.size() != rowCount) {
                throw new IllegalArgumentException("Column " + column.name() + " has " + column.size()
                        + " rows, expected " + rowCount);
            }
            if (names.put(column.name(), column) != null) {
                throw new IllegalArgumentException("Duplicate column name " + column.name());
            }
        }
        if (lineNumbers != null && lineNumbers.length != rowCount) {
            throw new IllegalArgumentException("Expected " + rowCount + " line numbers, got " + lineNumbers.length);
        }
        this.byName = names;
        this.lineNumbers = lineNumbers;
    }

    public Path source() {
        return source;
    }

    /** The file name, for titles and messages. */
    public String name() {
        return source.getFileName().toString();
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    public Optional<Column> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The 1-based line of the source file on which the row starts. */
    public int lineNumber(int row) {
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException(row);
        }
        return lineNumbers == null ? row + 2 : lineNumbers[row];
    }
}
