package dev.ladderbench.core.ladder;

import dev.ladderbench.core.data.Dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A shared dataset's cells as text, to plant a bug in and write back as CSV. The shared files hold no
 * quotes or embedded commas, so plain splitting and joining round-trips them.
 */
final class PlantedCsv {

    private final List<String> header;
    private final List<String[]> rows;

    private PlantedCsv(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    static PlantedCsv of(String sharedName) {
        try {
            List<String> lines = Files.readAllLines(SharedCase.SHARED.resolve("datasets").resolve(sharedName + ".csv"));
            List<String[]> rows = new ArrayList<>();
            lines.subList(1, lines.size()).forEach(line -> rows.add(line.split(",", -1)));
            return new PlantedCsv(new ArrayList<>(Arrays.asList(lines.get(0).split(","))), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rowCount() {
        return rows.size();
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + name + " in " + header);
        }
        return index;
    }

    String cell(int row, String column) {
        return rows.get(row)[column(column)];
    }

    void set(int row, String column, String value) {
        rows.get(row)[column(column)] = value;
    }

    /**
     * Adds a column before the last (target) one, so the target stays last; the values are computed from
     * the rows as they were before.
     */
    PlantedCsv addColumn(String name, IntFunction<String> valueOfRow) {
        String[] values = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = valueOfRow.apply(r);
        }
        int at = header.size() - 1;
        header.add(at, name);
        for (int r = 0; r < rows.size(); r++) {
            String[] old = rows.get(r);
            String[] row = new String[old.length + 1];
            System.arraycopy(old, 0, row, 0, at);
            row[at] = values[r];
            System.arraycopy(old, at, row, at + 1, old.length - at);
            rows.set(r, row);
        }
        return this;
    }

    /** Keeps the rows for which {@code keep} holds, in order. */
    PlantedCsv keepRows(java.util.function.IntPredicate keep) {
        List<String[]> kept = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (keep.test(r)) {
                kept.add(rows.get(r));
            }
        }
        rows.clear();
        rows.addAll(kept);
        return this;
    }

    PlantedCsv appendCopiesOfFirstRows(int count) {
        for (int r = 0; r < count; r++) {
            rows.add(rows.get(r).clone());
        }
        return this;
    }

    Dataset write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        rows.forEach(row -> lines.add(String.join(",", row)));
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SharedCase.read(file);
    }
}
