package dev.ladderbench.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small in-memory columns and datasets for tests that need no file. */
public final class Columns {

    private Columns() {
    }

    public static NumericColumn numbers(String name, double... values) {
        return new NumericColumn(name, values);
    }

    /** Text cells; null is a missing cell. */
    public static CategoricalColumn texts(String name, String... cells) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] rows = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            rows[i] = cells[i] == null ? CategoricalColumn.MISSING : codes.computeIfAbsent(cells[i], k -> codes.size());
        }
        return new CategoricalColumn(name, rows, new ArrayList<>(codes.keySet()));
    }

    public static Dataset dataset(Column... columns) {
        return new Dataset(Path.of("toy.csv"), List.of(columns), null);
    }
}
