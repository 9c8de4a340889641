package dev.ladderbench.core.data;

/**
 * One column of a {@link Dataset}, stored by type: numbers as doubles, everything else as level codes.
 * Rows are addressed by their index in the dataset, not by the CSV line.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    String name();

    int size();

    boolean isMissing(int row);

    /** The cell as a person reads it: numbers without a needless ".0", missing cells as an empty string. */
    String text(int row);
}
