package dev.ladderbench.core.data;

import java.util.List;

/**
 * What a chosen target column implies.
 *
 * @param classCounts     rows per class, most frequent first (empty for regression)
 * @param defaultPositive the positive class proposed when the user names none: with two classes the
 *                        larger of the sorted labels, as scikit-learn does (numbers compared as numbers);
 *                        empty for regression
 * @param missing         rows whose target cell is empty
 */
public record TargetSummary(String column, Task task, List<LevelCount> classCounts, String defaultPositive,
                            int missing) {

    public TargetSummary {
        classCounts = List.copyOf(classCounts);
    }

    public List<String> labels() {
        return classCounts.stream().map(LevelCount::level).toList();
    }
}
