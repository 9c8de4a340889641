package dev.ladderbench.core.model;

import dev.ladderbench.core.data.CategoricalColumn;

import java.util.List;
import java.util.TreeSet;

/**
 * One 0/1 column per level seen in the training rows, levels sorted as strings (as scikit-learn sorts
 * them); a missing cell is the level {@value #MISSING_LEVEL}. A level the training rows never had
 * encodes as all zeros (scikit-learn's {@code handle_unknown="ignore"}).
 */
public final class OneHotEncoder {

    public static final String MISSING_LEVEL = "__missing__";

    private final String column;
    private final List<String> categories;
    /** Output index of each level code of the column; slot 0 is the missing cell; -1 = unseen. */
    private final int[] indexOfCode;

    private OneHotEncoder(String column, List<String> categories, int[] indexOfCode) {
        this.column = column;
        this.categories = List.copyOf(categories);
        this.indexOfCode = indexOfCode;
    }

    public static OneHotEncoder fit(CategoricalColumn column, int[] trainingRows) {
        TreeSet<String> seen = new TreeSet<>();
        for (int row : trainingRows) {
            seen.add(level(column, row));
        }
        List<String> categories = List.copyOf(seen);
        int[] indexOfCode = new int[column.levels().size() + 1];
        indexOfCode[0] = categories.indexOf(MISSING_LEVEL);
        for (int code = 0; code < column.levels().size(); code++) {
            indexOfCode[code + 1] = categories.indexOf(column.levels().get(code));
        }
        return new OneHotEncoder(column.name(), categories, indexOfCode);
    }

    private static String level(CategoricalColumn column, int row) {
        return column.isMissing(row) ? MISSING_LEVEL : column.levels().get(column.code(row));
    }

    public String column() {
        return column;
    }

    /** The training levels, one output column each, in output order. */
    public List<String> categories() {
        return categories;
    }

    public int width() {
        return categories.size();
    }

    /** The output column that is 1 for this code (a level code or {@code MISSING}), or -1 when unseen. */
    public int indexOf(int code) {
        return indexOfCode[code + 1];
    }
}
