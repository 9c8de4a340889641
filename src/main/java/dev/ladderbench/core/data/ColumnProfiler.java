package dev.ladderbench.core.data;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Computes {@link ColumnProfile}s over all rows. */
public final class ColumnProfiler {

    /** How many of the most frequent levels a profile keeps. */
    public static final int TOP_LEVELS = 5;

    private static final Set<Set<String>> BOOLEAN_PAIRS = Set.of(
            Set.of("true", "false"), Set.of("yes", "no"), Set.of("y", "n"), Set.of("t", "f"));

    private ColumnProfiler() {
    }

    public static List<ColumnProfile> profile(Dataset dataset, ProgressListener progress, CancellationToken cancel) {
        List<ColumnProfile> profiles = new ArrayList<>(dataset.columnCount());
        for (int i = 0; i < dataset.columnCount(); i++) {
            cancel.throwIfCancelled();
            Column column = dataset.column(i);
            progress.progress((double) i / dataset.columnCount(), "Profiling " + column.name());
            profiles.add(profile(column));
        }
        return profiles;
    }

    public static ColumnProfile profile(Column column) {
        if (column instanceof NumericColumn numeric) {
            return profileNumeric(numeric);
        }
        return profileCategorical((CategoricalColumn) column);
    }

    private static ColumnProfile profileNumeric(NumericColumn column) {
        double[] sorted = column.toArray();
        Arrays.sort(sorted); // NaN sorts last, -Inf first and +Inf just before NaN
        int missing = 0;
        int infinite = 0;
        int distinct = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (int i = 0; i < sorted.length; i++) {
            double v = sorted[i];
            if (Double.isNaN(v)) {
                missing++;
                continue;
            }
            if (i == 0 || v != sorted[i - 1]) {
                distinct++;
            }
            if (Double.isInfinite(v)) {
                infinite++;
            } else {
                if (Double.isNaN(min)) {
                    min = v;
                }
                max = v;
            }
        }
        boolean zeroOne = distinct == 2 && min == 0 && max == 1 && infinite == 0;
        return new ColumnProfile(column.name(), zeroOne ? ColumnKind.BOOLEAN : ColumnKind.NUMERIC, true,
                column.integerValued(), missing, infinite, distinct, min, max, zeroOne ? levelCounts(column) : List.of());
    }

    private static List<LevelCount> levelCounts(NumericColumn column) {
        int ones = 0;
        int zeros = 0;
        for (int r = 0; r < column.size(); r++) {
            double v = column.value(r);
            if (v == 1) {
                ones++;
            } else if (v == 0) {
                zeros++;
            }
        }
        return ones >= zeros
                ? List.of(new LevelCount("1", ones), new LevelCount("0", zeros))
                : List.of(new LevelCount("0", zeros), new LevelCount("1", ones));
    }

    private static ColumnProfile profileCategorical(CategoricalColumn column) {
        int[] counts = new int[column.levels().size()];
        int missing = 0;
        for (int r = 0; r < column.size(); r++) {
            int code = column.code(r);
            if (code == CategoricalColumn.MISSING) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        List<LevelCount> levels = new ArrayList<>(counts.length);
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                levels.add(new LevelCount(column.levels().get(code), counts[code]));
            }
        }
        int distinct = levels.size();
        int present = column.size() - missing;
        ColumnKind kind;
        if (distinct == 2 && isBooleanPair(levels)) {
            kind = ColumnKind.BOOLEAN;
        } else if (present > 1 && distinct == present) {
            kind = ColumnKind.ID_LIKE_TEXT;
        } else {
            kind = ColumnKind.CATEGORICAL;
        }
        levels.sort(Comparator.comparingInt(LevelCount::count).reversed());
        return new ColumnProfile(column.name(), kind, false, false, missing, 0, distinct, Double.NaN, Double.NaN,
                levels.subList(0, Math.min(TOP_LEVELS, levels.size())));
    }

    private static boolean isBooleanPair(List<LevelCount> levels) {
        Set<String> pair = Set.of(levels.get(0).level().toLowerCase(Locale.ROOT),
                levels.get(1).level().toLowerCase(Locale.ROOT));
        return BOOLEAN_PAIRS.contains(pair);
    }
}
