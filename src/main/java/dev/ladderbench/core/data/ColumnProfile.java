package dev.ladderbench.core.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a person wants to know about one column before modelling.
 *
 * @param missing   missing cells
 * @param infinite  cells holding Inf or -Inf (numeric columns only)
 * @param distinct  distinct non-missing values
 * @param min       smallest finite value, NaN when the column is not numeric or has none
 * @param max       largest finite value, NaN when the column is not numeric or has none
 * @param topLevels the most frequent values, most frequent first (categorical and boolean columns)
 */
public record ColumnProfile(String name, ColumnKind kind, boolean numeric, boolean integerValued, int missing,
                            int infinite, int distinct, double min, double max, List<LevelCount> topLevels) {

    public ColumnProfile {
        topLevels = List.copyOf(topLevels);
    }

    /** "4 to 72" for numbers, "good 700, bad 300" for levels. */
    public String summary() {
        if (numeric && !Double.isNaN(min)) {
            return NumericColumn.format(min) + " to " + NumericColumn.format(max);
        }
        return topLevels.stream().map(l -> l.level() + " " + l.count()).collect(Collectors.joining(", "));
    }
}
