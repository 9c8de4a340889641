package dev.ladderbench.core.model;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which columns a model learns from: every column but the target and the excluded ones, split by
 * storage into numeric (median-imputed, optionally scaled) and categorical (one-hot encoded).
 * Each list keeps the dataset's column order.
 */
public record FeatureSpec(List<NumericColumn> numeric, List<CategoricalColumn> categorical) {

    public FeatureSpec {
        numeric = List.copyOf(numeric);
        categorical = List.copyOf(categorical);
        if (numeric.isEmpty() && categorical.isEmpty()) {
            throw new IllegalArgumentException("No feature columns are left to learn from; open a file with columns besides"
                    + " the target, or exclude fewer columns.");
        }
    }

    public static FeatureSpec of(Dataset dataset, String target, Collection<String> excluded) {
        Set<String> skipped = Set.copyOf(excluded);
        List<Column> features = dataset.columns().stream()
                .filter(c -> !c.name().equals(target) && !skipped.contains(c.name()))
                .toList();
        return of(features);
    }

    /** One feature alone, as the leakage probe models it. */
    public static FeatureSpec of(Column feature) {
        return of(List.of(feature));
    }

    private static FeatureSpec of(List<Column> features) {
        List<NumericColumn> numeric = new ArrayList<>();
        List<CategoricalColumn> categorical = new ArrayList<>();
        for (Column column : features) {
            if (column instanceof NumericColumn n) {
                numeric.add(n);
            } else {
                categorical.add((CategoricalColumn) column);
            }
        }
        return new FeatureSpec(numeric, categorical);
    }

    /** The feature columns, numeric ones first, as the pipelines lay them out. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>(numeric);
        columns.addAll(categorical);
        return columns;
    }
}
