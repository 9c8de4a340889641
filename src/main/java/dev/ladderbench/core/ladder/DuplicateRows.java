package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rung 0's row checks: rows identical to an earlier one (features and label), and groups of rows with
 * identical features but different labels.
 *
 * @param duplicates        rows identical to an earlier row, features and label
 * @param conflictingGroups groups of labelled rows with identical features and more than one label
 */
record DuplicateRows(int duplicates, int conflictingGroups, List<Finding> findings) {

    DuplicateRows {
        findings = List.copyOf(findings);
    }

    /** Rows keyed between two checks of the token. */
    private static final int ROWS_PER_CANCEL_CHECK = 4096;

    /** @param cancel checked every {@value #ROWS_PER_CANCEL_CHECK} rows: keying every row takes seconds on large files */
    static DuplicateRows of(List<Column> features, Column label, CancellationToken cancel) {
        int rows = label.size();
        Set<RowKey> seen = new HashSet<>();
        Map<RowKey, Set<String>> labelsByFeatures = new HashMap<>();
        int duplicates = 0;
        for (int r = 0; r < rows; r++) {
            if (r % ROWS_PER_CANCEL_CHECK == 0) {
                cancel.throwIfCancelled();
            }
            RowKey featureKey = RowKey.of(features, r);
            if (!seen.add(new RowKey(featureKey, label.text(r), label.isMissing(r)))) {
                duplicates++;
            }
            if (!label.isMissing(r)) {
                labelsByFeatures.computeIfAbsent(featureKey, k -> new HashSet<>()).add(label.text(r));
            }
        }
        int conflicting = (int) labelsByFeatures.values().stream().filter(labels -> labels.size() > 1).count();
        List<Finding> findings = new ArrayList<>();
        if (duplicates > 0) {
            findings.add(new Finding(FindingCode.DUPLICATE_ROWS, Severity.WARN, RungId.SANITY, duplicates
                    + " of " + rows + " rows repeat an earlier row exactly (features and label).", List.of(),
                    Map.of("duplicate_rows", duplicates, "rows", rows)));
        }
        if (conflicting > 0) {
            findings.add(new Finding(FindingCode.CONFLICTING_LABELS, Severity.WARN, RungId.SANITY, conflicting
                    + (conflicting == 1 ? " group" : " groups") + " of rows share every feature value but carry"
                    + " different labels.", List.of(), Map.of("conflicting_groups", conflicting)));
        }
        return new DuplicateRows(duplicates, conflicting, findings);
    }

    /**
     * A row's cells as comparable bits: numbers by value (missing alike, 0.0 and -0.0 alike), text by its
     * level code; an optional label after them.
     */
    private record RowKey(long[] cells, String label, boolean labelMissing) {

        RowKey(RowKey features, String label, boolean labelMissing) {
            this(features.cells, label, labelMissing);
        }

        static RowKey of(List<Column> features, int row) {
            long[] cells = new long[features.size()];
            for (int j = 0; j < cells.length; j++) {
                Column column = features.get(j);
                if (column instanceof NumericColumn numeric) {
                    double v = numeric.value(row);
                    cells[j] = Double.doubleToLongBits(v == 0 ? 0.0 : v);
                } else {
                    cells[j] = ((CategoricalColumn) column).code(row);
                }
            }
            return new RowKey(cells, "", false);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey other && Arrays.equals(cells, other.cells) && label.equals(other.label)
                    && labelMissing == other.labelMissing;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(cells) + label.hashCode();
        }
    }
}
