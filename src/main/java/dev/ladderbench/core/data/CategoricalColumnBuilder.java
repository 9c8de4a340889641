package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects a text column as level codes; levels keep their exact text and their order of first appearance. */
final class CategoricalColumnBuilder {

    private final CellRules rules;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> levels = new ArrayList<>();
    private final IntChunks rows = new IntChunks();

    CategoricalColumnBuilder(CellRules rules) {
        this.rules = rules;
    }

    void add(String cell) {
        if (rules.isMissing(cell)) {
            rows.add(CategoricalColumn.MISSING);
            return;
        }
        Integer code = codes.get(cell);
        if (code == null) {
            code = levels.size();
            codes.put(cell, code);
            levels.add(cell);
        }
        rows.add(code);
    }

    void addMissing(int count) {
        rows.addRepeated(CategoricalColumn.MISSING, count);
    }

    /** Appends the rows of {@code later}, which read a later part of the file: its levels come after ours. */
    void addAll(CategoricalColumnBuilder later) {
        int[] recode = new int[later.levels.size()];
        for (int code = 0; code < recode.length; code++) {
            String level = later.levels.get(code);
            Integer ours = codes.get(level);
            if (ours == null) {
                ours = levels.size();
                codes.put(level, ours);
                levels.add(level);
            }
            recode[code] = ours;
        }
        rows.addAll(later.rows, code -> code == CategoricalColumn.MISSING ? code : recode[code]);
    }

    int size() {
        return rows.size();
    }

    CategoricalColumn build(String name) {
        return new CategoricalColumn(name, rows.toArray(), levels);
    }
}
