package dev.ladderbench.cli;

import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.data.Task;

/** Checks a {@code --positive} label against the target's classes before any work starts. */
final class PositiveLabel {

    private PositiveLabel() {
    }

    /** @param positive the label given, or null for the default (a regression target has no classes to check) */
    static void check(String positive, TargetSummary summary, Dataset dataset) throws InvalidInputException {
        if (positive != null && summary.task() != Task.REGRESSION && !summary.labels().contains(positive)) {
            throw new InvalidInputException(dataset.source(), "The positive class '" + positive
                    + "' is not a value of '" + summary.column() + "' in " + dataset.name() + "; its values are "
                    + String.join(", ", summary.labels()) + ".");
        }
    }
}
