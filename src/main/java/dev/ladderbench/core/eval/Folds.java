package dev.ladderbench.core.eval;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An assignment of rows to cross-validation folds: each row is validated in exactly one fold and
 * trained on in all the others. Rows are positions 0..n-1 of the labelled data. Immutable.
 */
public final class Folds {

    private final int[] foldOfRow;
    private final int count;

    /** @param foldOfRow the fold in which each row is validated, 0..count-1; copied */
    public Folds(int[] foldOfRow, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("Cross-validation needs at least 2 folds, got " + count);
        }
        for (int fold : foldOfRow) {
            if (fold < 0 || fold >= count) {
                throw new IllegalArgumentException("Fold " + fold + " outside 0.." + (count - 1));
            }
        }
        this.foldOfRow = foldOfRow.clone();
        this.count = count;
    }

    public int count() {
        return count;
    }

    public int rowCount() {
        return foldOfRow.length;
    }

    public int foldOf(int row) {
        return foldOfRow[row];
    }

    /** The rows validated in {@code fold}, ascending. */
    public int[] validation(int fold) {
        return rows(fold, true);
    }

    /** The rows trained on when {@code fold} is validated, ascending. */
    public int[] training(int fold) {
        return rows(fold, false);
    }

    private int[] rows(int fold, boolean inFold) {
        return IntStream.range(0, foldOfRow.length)
                .filter(r -> (foldOfRow[r] == fold) == inFold)
                .toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Folds other && count == other.count && Arrays.equals(foldOfRow, other.foldOfRow);
    }

    @Override
    public int hashCode() {
        return 31 * count + Arrays.hashCode(foldOfRow);
    }

    @Override
    public String toString() {
        return "Folds[" + count + " folds, " + foldOfRow.length + " rows]";
    }
}
