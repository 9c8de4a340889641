package dev.ladderbench.core.checklist;

import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.replay.PipelineRoundTrip;

import java.util.Optional;

/**
 * What the production tools showed in this session, for the production checklist.
 *
 * @param drift    the last comparison of a production file with the training data
 * @param pipeline the last pipeline saved and read back
 */
public record ProductionEvidence(Optional<DriftResult> drift, Optional<PipelineRoundTrip> pipeline) {

    public static final ProductionEvidence NONE = new ProductionEvidence(Optional.empty(), Optional.empty());
}
