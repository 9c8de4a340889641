package dev.ladderbench.core.ladder;

import dev.ladderbench.core.data.Dataset;

import java.util.Optional;
import java.util.Set;

/**
 * What to climb the ladder on.
 *
 * @param positiveLabel the positive class; empty means the default (binary: the larger sorted label;
 *                      multiclass: macro one-vs-rest AUC)
 * @param excluded      columns left out of the features
 */
public record LadderRequest(Dataset dataset, String target, Optional<String> positiveLabel, Set<String> excluded,
                            LadderSettings settings) {

    public LadderRequest {
        excluded = Set.copyOf(excluded);
    }
}
