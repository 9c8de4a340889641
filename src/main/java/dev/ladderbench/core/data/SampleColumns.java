package dev.ladderbench.core.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a file's first block as the memory estimate sees them before loading: which hold numbers, and for
 * each text column how many levels it will have over the whole file. That count is extrapolated from how the
 * distinct texts grew over the block (Heaps' law, levels ~ rows^a with a between 0 and 1, from the block's first
 * half to the whole of it): five colours stop growing (a = 0, five levels), unique ids grow with every row (a = 1,
 * a level a row). When a column has fewer levels than the block has rows but more than it shows, the count runs high
 * (a safe error: it asks for heap the load will not need, never the other way round).
 *
 * @param numericColumns columns whose every cell in the block is a number or missing
 * @param text           the other columns
 */
record SampleColumns(int numericColumns, List<Text> text) {

    /**
     * One text column of the block.
     *
     * @param rows             the block's rows
     * @param distinctAtHalf   distinct texts in its first half of rows
     * @param distinct         distinct texts in all its rows
     * @param payloadPerLevel  bytes of a level's characters in a Java string: one a character, two when any in the
     *                         column is beyond Latin-1
     * @param wholeFile        the block is the whole file, so its levels are all there are
     */
    record Text(int rows, int distinctAtHalf, int distinct, double payloadPerLevel, boolean wholeFile) {

        /** The levels the column will hold over {@code fileRows} rows. */
        long levels(long fileRows) {
            if (wholeFile || fileRows <= rows) {
                return distinct;
            }
            double growth = rows < 4 || distinctAtHalf == 0 ? 1
                    : Math.log((double) distinct / distinctAtHalf) / Math.log((double) rows / (rows / 2));
            double levels = distinct * Math.pow((double) fileRows / rows, Math.max(0, Math.min(1, growth)));
            return Math.min(fileRows, (long) Math.ceil(levels));
        }
    }

    int columns() {
        return numericColumns + text.size();
    }

    /** Heap the text columns' levels keep once loaded, for a file of {@code fileRows} rows. */
    long levelBytes(long fileRows) {
        return text.stream().mapToLong(t -> HeapModel.levelBytes(t.levels(fileRows), t.payloadPerLevel())).sum();
    }

    /** Heap the text columns' levels take while the file is read (with the tables that look levels up). */
    long levelBytesWhileReading(long fileRows) {
        return text.stream().mapToLong(t -> HeapModel.levelBytesWhileReading(t.levels(fileRows), t.payloadPerLevel()))
                .sum();
    }

    /**
     * Reads the block {@code start} of a file as the loader would; a last record that may be cut off (the block is
     * not the whole file) is left out, and so is everything from a quote still open at the end of the block.
     *
     * @param columns the header's field count, or -1 when the block does not hold it (every column then counts as
     *                numeric, one column at least)
     */
    static SampleColumns read(String start, char delimiter, CellRules rules, boolean wholeFile, int columns) {
        if (columns < 1) {
            return new SampleColumns(1, List.of());
        }
        List<String[]> rows = records(start, delimiter, wholeFile);
        int numeric = 0;
        List<Text> text = new ArrayList<>();
        DoubleChunks scratch = new DoubleChunks();
        for (int c = 0; c < columns; c++) {
            boolean numbers = true;
            for (String[] row : rows) {
                if (c < row.length && !rules.appendNumber(row[c], scratch)) {
                    numbers = false;
                    break;
                }
            }
            if (numbers) {
                numeric++;
            } else {
                text.add(text(rows, c, rules, wholeFile));
            }
        }
        return new SampleColumns(numeric, List.copyOf(text));
    }

    private static Text text(List<String[]> rows, int column, CellRules rules, boolean wholeFile) {
        Set<String> distinct = new HashSet<>();
        int atHalf = 0;
        long chars = 0;
        boolean wide = false;
        for (int r = 0; r < rows.size(); r++) {
            if (r == rows.size() / 2) {
                atHalf = distinct.size();
            }
            String[] row = rows.get(r);
            if (column < row.length && !rules.isMissing(row[column]) && distinct.add(row[column])) {
                chars += row[column].length();
                wide |= row[column].chars().anyMatch(ch -> ch > 0xFF);
            }
        }
        double payload = distinct.isEmpty() ? 0 : (double) chars / distinct.size() * (wide ? 2 : 1);
        return new Text(rows.size(), atHalf, distinct.size(), payload, wholeFile);
    }

    /** The records after the header (the first non-blank record). */
    private static List<String[]> records(String start, char delimiter, boolean wholeFile) {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(start), delimiter, start.length() + 1);
        List<String[]> rows = new ArrayList<>();
        boolean header = false;
        try {
            while (tokenizer.next()) {
                if (tokenizer.blankLine()) {
                    continue;
                }
                if (header) {
                    rows.add(tokenizer.fields());
                }
                header = true;
            }
        } catch (CsvTokenizer.SyntaxException e) {
            return rows; // a quote still open at the end of the block: what came before it is whole
        } catch (IOException e) {
            throw new UncheckedIOException("A StringReader does not fail", e);
        }
        if (!wholeFile && !rows.isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }
}
