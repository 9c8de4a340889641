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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rung 0's row checks: rows identical to an earlier one (features and label), and groups of rows with
 * identical features but different labels.
 *
 * <p>It covers every row of files with millions of them in little memory: each row's features are hashed
 * to 64 bits and the rows sorted by hash in one {@code long[]} (the top 33 bits of the hash beside the
 * 31-bit row index), so that only rows sharing a hash prefix, almost always true copies, are compared cell
 * by cell. The counts are exact; the hash only decides which rows to compare.
 *
 * @param duplicates        rows identical to an earlier row, features and label
 * @param conflictingGroups groups of labelled rows with identical features and more than one label
 */
record DuplicateRows(int duplicates, int conflictingGroups, List<Finding> findings) {

    private static final long ROW_BITS = 0x7FFF_FFFFL;
    /** Groups of rows compared between two checks of the token. */
    private static final int ROWS_PER_CANCEL_CHECK = 4096;

    DuplicateRows {
        findings = List.copyOf(findings);
    }

    /** @param cancel checked per column while hashing and every few thousand rows while grouping */
    static DuplicateRows of(List<Column> features, Column label, CancellationToken cancel) {
        int rows = label.size();
        Cells cells = new Cells(features);
        long[] keys = cells.hashes(rows, cancel);
        for (int r = 0; r < rows; r++) {
            keys[r] = (keys[r] & ~ROW_BITS) | r;
        }
        Arrays.sort(keys);
        cancel.throwIfCancelled();
        int duplicates = 0;
        int conflicting = 0;
        int start = 0;
        int groups = 0;
        while (start < rows) {
            if (++groups % ROWS_PER_CANCEL_CHECK == 0) {
                cancel.throwIfCancelled();
            }
            int end = start + 1;
            while (end < rows && (keys[end] & ~ROW_BITS) == (keys[start] & ~ROW_BITS)) {
                end++;
            }
            if (end - start > 1) {
                Integer[] group = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    group[i - start] = (int) (keys[i] & ROW_BITS);
                }
                duplicates += duplicatesIn(group, cells, label);
                conflicting += conflictsIn(group, cells, label);
            }
            start = end;
        }
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

    /** Rows of a hash group equal (features and label) to another row of it: all but one of each set of copies. */
    private static int duplicatesIn(Integer[] group, Cells cells, Column label) {
        Comparator<Integer> byRow = cells.order().thenComparing(r -> label.isMissing(r))
                .thenComparing(r -> label.isMissing(r) ? "" : label.text(r));
        Arrays.sort(group, byRow);
        int duplicates = 0;
        for (int i = 1; i < group.length; i++) {
            if (byRow.compare(group[i - 1], group[i]) == 0) {
                duplicates++;
            }
        }
        return duplicates;
    }

    /** Sets of labelled rows of a hash group with equal features and more than one label; group is sorted. */
    private static int conflictsIn(Integer[] group, Cells cells, Column label) {
        int conflicting = 0;
        int i = 0;
        while (i < group.length) {
            int j = i;
            String firstLabel = null;
            boolean conflict = false;
            while (j < group.length && cells.order().compare(group[i], group[j]) == 0) {
                int row = group[j];
                if (!label.isMissing(row)) {
                    String text = label.text(row);
                    conflict |= firstLabel != null && !firstLabel.equals(text);
                    firstLabel = Objects.requireNonNullElse(firstLabel, text);
                }
                j++;
            }
            conflicting += conflict ? 1 : 0;
            i = j;
        }
        return conflicting;
    }

    /**
     * A row's feature cells as comparable bits: numbers by value (missing alike, 0.0 and -0.0 alike), text by its
     * level code.
     */
    private static final class Cells {
        private final List<Column> features;

        Cells(List<Column> features) {
            this.features = features;
        }

        long bits(int column, int row) {
            Column c = features.get(column);
            if (c instanceof NumericColumn numeric) {
                double v = numeric.value(row);
                return Double.doubleToLongBits(v == 0 ? 0.0 : v);
            }
            return ((CategoricalColumn) c).code(row);
        }

        /** Each row's features hashed to 64 well-mixed bits, column by column (cache-friendly for columnar data). */
        long[] hashes(int rows, CancellationToken cancel) {
            long[] h = new long[rows];
            for (int j = 0; j < features.size(); j++) {
                cancel.throwIfCancelled();
                for (int r = 0; r < rows; r++) {
                    h[r] = (h[r] ^ bits(j, r)) * 0x9E37_79B9_7F4A_7C15L + j;
                }
            }
            for (int r = 0; r < rows; r++) {
                h[r] = mix(h[r]);
            }
            return h;
        }

        /** MurmurHash3's 64-bit finaliser: every input bit affects the top bits the sort groups by. */
        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return z ^ (z >>> 33);
        }

        Comparator<Integer> order() {
            return (a, b) -> {
                for (int j = 0; j < features.size(); j++) {
                    int c = Long.compare(bits(j, a), bits(j, b));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
        }
    }
}
