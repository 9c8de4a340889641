package dev.ladderbench.core.replay;

import java.util.Optional;
import java.util.Set;

/**
 * What to fit and save.
 *
 * @param positiveLabel the positive class; empty means the ladder's default (the larger sorted label)
 * @param threshold     the decision threshold the file carries
 * @param seed          the forest's seed (the ladder's, so the saved forest is the rung's forest refitted)
 */
public record PipelineRequest(String target, Optional<String> positiveLabel, Set<String> excluded, ModelKind model,
                              double threshold, long seed) {

    public PipelineRequest {
        excluded = Set.copyOf(excluded);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold must be a probability between 0 and 1, not "
                    + threshold + ".");
        }
    }
}
