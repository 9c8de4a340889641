package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Works out the task a target column implies and refuses targets nothing can be learned from. */
public final class TargetAnalyzer {

    /** A numeric target with more distinct values than this is treated as a regression target. */
    public static final int MAX_CLASSES_OF_NUMERIC_TARGET = 20;

    private TargetAnalyzer() {
    }

    /** The column a person most likely wants as the target: the last one. */
    public static String proposedTarget(Dataset dataset) {
        return dataset.column(dataset.columnCount() - 1).name();
    }

    public static TargetSummary summarize(Dataset dataset, String columnName) throws InvalidInputException {
        Column column = dataset.column(columnName).orElseThrow(() -> new InvalidInputException(dataset.source(),
                ColumnNames.noSuchColumn(dataset, columnName)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        int missing = 0;
        for (int r = 0; r < column.size(); r++) {
            if (column.isMissing(r)) {
                missing++;
            } else {
                counts.merge(column.text(r), 1, Integer::sum);
            }
        }
        String where = "The target column '" + columnName + "' in " + dataset.name();
        if (counts.isEmpty()) {
            throw new InvalidInputException(dataset.source(), where
                    + " has no values (every cell is missing); choose another target column.");
        }
        if (counts.size() == 1) {
            Map.Entry<String, Integer> only = counts.entrySet().iterator().next();
            throw new InvalidInputException(dataset.source(), where + " holds a single class ('" + only.getKey()
                    + "' in all " + only.getValue() + " labelled rows), so there is nothing to learn; choose another"
                    + " target column.");
        }
        boolean numeric = column instanceof NumericColumn;
        if (numeric && (!((NumericColumn) column).integerValued() || counts.size() > MAX_CLASSES_OF_NUMERIC_TARGET)) {
            return new TargetSummary(columnName, Task.REGRESSION, List.of(), "", missing);
        }
        List<LevelCount> classes = new ArrayList<>();
        counts.forEach((label, n) -> classes.add(new LevelCount(label, n)));
        Comparator<String> labelOrder = numeric
                ? Comparator.comparingDouble(Double::parseDouble)
                : Comparator.naturalOrder();
        String largest = classes.stream().map(LevelCount::level).max(labelOrder).orElseThrow();
        classes.sort(Comparator.comparingInt(LevelCount::count).reversed());
        Task task = classes.size() == 2 ? Task.BINARY : Task.MULTICLASS;
        return new TargetSummary(columnName, task, classes, largest, missing);
    }
}
