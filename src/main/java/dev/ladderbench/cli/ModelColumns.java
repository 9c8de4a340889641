package dev.ladderbench.cli;

import dev.ladderbench.core.data.ColumnNames;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.TargetAnalyzer;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which columns a model is fitted on: the target and the columns left out of the features, the options the
 * commands that fit a model on one file share (a picocli mixin).
 */
final class ModelColumns {

    @Option(names = "--target", required = true, paramLabel = "COL", description = "The target column.")
    private String target;

    @Option(names = "--exclude", split = ",", paramLabel = "COL", description = "Columns left out of the features.")
    private List<String> excluded = new ArrayList<>();

    String target() {
        return target;
    }

    /** The left-out columns in the order given, each once. */
    Set<String> excluded() {
        return new LinkedHashSet<>(excluded);
    }

    /**
     * Checks the target, the positive class (null: the default) and every left-out column against the file
     * before any work starts, so that a typo costs a second, not a fit.
     */
    void check(Dataset dataset, String positive) throws InvalidInputException {
        PositiveLabel.check(positive, TargetAnalyzer.summarize(dataset, target), dataset);
        for (String column : excluded) {
            if (dataset.column(column).isEmpty()) {
                throw new InvalidInputException(dataset.source(), ColumnNames.noSuchColumn(dataset, column));
            }
        }
    }
}
