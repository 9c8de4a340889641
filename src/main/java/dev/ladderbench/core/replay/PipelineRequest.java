package dev.ladderbench.core.replay;

import dev.ladderbench.core.ladder.LadderSettings;

import java.util.Optional;
import java.util.Set;

/**
 * What to fit and save.
 *
 * @param positiveLabel the positive class; empty means the ladder's default (the larger sorted label)
 * @param threshold     the decision threshold the file carries
 * @param seed          the forest's seed (the ladder's, so the saved forest is the rung's forest refitted), and the
 *                      sample's
 * @param sampleRows    above this many labelled rows the pipeline is fitted on the ladder's seeded stratified sample
 *                      of this size; 0 = all rows
 */
public record PipelineRequest(String target, Optional<String> positiveLabel, Set<String> excluded, ModelKind model,
                              double threshold, long seed, int sampleRows) {

    /** With the ladder's default sample cap. */
    public PipelineRequest(String target, Optional<String> positiveLabel, Set<String> excluded, ModelKind model,
                           double threshold, long seed) {
        this(target, positiveLabel, excluded, model, threshold, seed, LadderSettings.DEFAULT_SAMPLE_ROWS);
    }

    public PipelineRequest {
        excluded = Set.copyOf(excluded);
        if (sampleRows < 0) {
            throw new IllegalArgumentException("The sample size must be 0 (all rows) or positive, not " + sampleRows);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold must be a probability between 0 and 1, not "
                    + threshold + ".");
        }
    }
}
