package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The modelled training rows followed by the production rows, in one dataset, so that a pipeline fitted on the
 * training rows alone (as the rungs fit them, by position) can score the production rows. The production
 * rows' labels are a placeholder, the positive label: they make every production row a scorable position
 * and are never learned from.
 */
final class CombinedRows {

    private CombinedRows() {
    }

    /**
     * @param trainingRows the training rows to keep, ascending: labelled ones, all or a sample
     * @param features     training columns that production holds with the same type
     */
    static Dataset of(Dataset training, int[] trainingRows, Dataset production, List<String> features, String target,
                      String placeholder) {
        List<Column> columns = new ArrayList<>();
        for (String name : features) {
            Column first = training.column(name).orElseThrow();
            Column second = production.column(name).orElseThrow();
            columns.add(first instanceof NumericColumn a
                    ? numeric(a, trainingRows, (NumericColumn) second)
                    : categorical((CategoricalColumn) first, trainingRows, (CategoricalColumn) second));
        }
        columns.add(labels(training.column(target).orElseThrow(), trainingRows, production.rowCount(), placeholder));
        return new Dataset(training.source(), columns, null);
    }

    private static NumericColumn numeric(NumericColumn first, int[] rows, NumericColumn second) {
        double[] values = new double[rows.length + second.size()];
        for (int i = 0; i < rows.length; i++) {
            values[i] = first.value(rows[i]);
        }
        for (int r = 0; r < second.size(); r++) {
            values[rows.length + r] = second.value(r);
        }
        return new NumericColumn(first.name(), values);
    }

    /** Training levels keep their codes; production levels are looked up by text, new ones appended. */
    private static CategoricalColumn categorical(CategoricalColumn first, int[] rows, CategoricalColumn second) {
        List<String> levels = new ArrayList<>(first.levels());
        Map<String, Integer> codeOf = new HashMap<>();
        for (int code = 0; code < levels.size(); code++) {
            codeOf.put(levels.get(code), code);
        }
        int[] recode = new int[second.levels().size()];
        for (int code = 0; code < recode.length; code++) {
            String level = second.levels().get(code);
            recode[code] = codeOf.computeIfAbsent(level, l -> {
                levels.add(l);
                return levels.size() - 1;
            });
        }
        int[] codes = new int[rows.length + second.size()];
        for (int i = 0; i < rows.length; i++) {
            codes[i] = first.code(rows[i]);
        }
        for (int r = 0; r < second.size(); r++) {
            int code = second.code(r);
            codes[rows.length + r] = code == CategoricalColumn.MISSING ? code : recode[code];
        }
        return new CategoricalColumn(first.name(), codes, levels);
    }

    /** The kept training rows' labels as text, then the placeholder for every production row. */
    private static CategoricalColumn labels(Column target, int[] rows, int productionRows, String placeholder) {
        List<String> levels = new ArrayList<>();
        Map<String, Integer> codeOf = new HashMap<>();
        int[] codes = new int[rows.length + productionRows];
        for (int r = 0; r < codes.length; r++) {
            if (r < rows.length && target.isMissing(rows[r])) {
                codes[r] = CategoricalColumn.MISSING;
                continue;
            }
            String label = r < rows.length ? target.text(rows[r]) : placeholder;
            codes[r] = codeOf.computeIfAbsent(label, l -> {
                levels.add(l);
                return levels.size() - 1;
            });
        }
        return new CategoricalColumn(target.name(), codes, levels);
    }
}
