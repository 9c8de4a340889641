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

    CategoricalColumn build(String name) {
        return new CategoricalColumn(name, rows.toArray(), levels);
    }
}
