package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.Dataset;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to compare.
 *
 * @param target     the label column; without one there is no model, prediction drift nor performance
 * @param excluded   columns left out of the comparison (and, for a model fitted here, of its features)
 * @param scorer     the model that scores both files; empty to compare the features only
 * @param timeColumn orders the production rows for the AUC windows, and is left out of the comparison
 * @param windowRows labelled rows per AUC window; empty for a tenth of them, at least {@value DriftAnalysis#MIN_WINDOW}
 */
public record DriftRequest(Dataset training, Dataset production, Optional<DriftTarget> target, Set<String> excluded,
                           Optional<Scorer> scorer, Optional<String> timeColumn, OptionalInt windowRows,
                           DriftThresholds thresholds) {

    public DriftRequest {
        excluded = Set.copyOf(excluded);
        if (windowRows.isPresent() && windowRows.getAsInt() < 2) {
            throw new IllegalArgumentException("An AUC window needs at least 2 rows, not " + windowRows.getAsInt());
        }
    }

    /** Whether a training column is compared: not the target, not excluded, not the time column. */
    boolean compares(String column) {
        return !excluded.contains(column) && !timeColumn.map(column::equals).orElse(false)
                && !target.map(t -> t.column().equals(column)).orElse(false);
    }
}
