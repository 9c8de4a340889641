package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The production file's columns against the training file's.
 *
 * @param missing columns of training that production lacks (the target aside: unlabelled production is normal)
 * @param extra   columns of production that training lacks
 * @param retyped columns numeric in one file and text in the other; a production column with no value at
 *                all has no type of its own and is not counted
 */
public record SchemaComparison(List<String> missing, List<String> extra, List<RetypedColumn> retyped) {

    public SchemaComparison {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        retyped = List.copyOf(retyped);
    }

    public static SchemaComparison of(Dataset training, Dataset production, Optional<String> target) {
        List<String> missing = new ArrayList<>();
        List<RetypedColumn> retyped = new ArrayList<>();
        for (Column column : training.columns()) {
            Optional<Column> other = production.column(column.name());
            if (other.isEmpty()) {
                if (!target.map(column.name()::equals).orElse(false)) {
                    missing.add(column.name());
                }
            } else if (!type(column).equals(type(other.get())) && !allMissing(other.get())) {
                retyped.add(new RetypedColumn(column.name(), type(column), type(other.get())));
            }
        }
        List<String> extra = production.columnNames().stream().filter(name -> training.column(name).isEmpty())
                .toList();
        return new SchemaComparison(missing, extra, retyped);
    }

    static String type(Column column) {
        return column instanceof NumericColumn ? "numeric" : "categorical";
    }

    private static boolean allMissing(Column column) {
        for (int r = 0; r < column.size(); r++) {
            if (!column.isMissing(r)) {
                return false;
            }
        }
        return true;
    }

    public boolean matches() {
        return missing.isEmpty() && extra.isEmpty() && retyped.isEmpty();
    }

    /** Whether a training column can be compared with production: present there with the same type. */
    public boolean comparable(String column) {
        return !missing.contains(column) && retyped.stream().noneMatch(r -> r.column().equals(column));
    }
}
