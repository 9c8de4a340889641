package dev.ladderbench.core.drift;

import dev.ladderbench.core.ladder.ModelRows;

import java.util.List;
import java.util.Optional;

/**
 * How the model does on the labelled production rows, against what cross-validation promised.
 *
 * @param productionAuc ROC AUC on every labelled production row (NaN when they hold one class only)
 * @param timeColumn    the column windows are ordered by; empty for the file order
 * @param windowRows    labelled rows per window (the last window takes up a remainder under half a window)
 * @param trainingRows  the labelled training rows {@code trainingCvAuc} was cross-validated on (all, or a sample)
 */
public record ProductionPerformance(String model, double trainingCvAuc, double productionAuc, int labelledRows,
                                    int positives, Optional<String> timeColumn, int windowRows,
                                    List<AucWindow> windows, ModelRows trainingRows) {

    public ProductionPerformance {
        windows = List.copyOf(windows);
    }

    /** Training CV AUC minus production AUC: positive when production does worse. */
    public double drop() {
        return trainingCvAuc - productionAuc;
    }
}
