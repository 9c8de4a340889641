package dev.ladderbench.core.replay;

import dev.ladderbench.core.finding.Finding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row through a saved pipeline, stage by stage. A row that breaks the pipeline has a {@link #failure}
 * and the stages before it; the later stages are empty and there is no score.
 *
 * @param raw           each feature as the row gave it
 * @param imputed       each feature after the imputer
 * @param encoded       the model inputs after the one-hot encoder (numbers unscaled)
 * @param scaled        the model inputs as the model reads them (the forest reads them unscaled)
 * @param score         the probability of the positive label
 * @param contributions the features that pushed the score, largest push first
 * @param findings      {@code out-of-range} and {@code unseen-category} for this row
 */
public record Replay(ModelKind model, List<RawValue> raw, List<ImputedValue> imputed, List<InputValue> encoded,
                     List<InputValue> scaled, OptionalDouble score, double threshold, String positiveLabel,
                     List<Contribution> contributions, List<Finding> findings, Optional<ReplayFailure> failure) {

    public Replay {
        raw = List.copyOf(raw);
        imputed = List.copyOf(imputed);
        encoded = List.copyOf(encoded);
        scaled = List.copyOf(scaled);
        contributions = List.copyOf(contributions);
        findings = List.copyOf(findings);
    }

    /** True when the score reaches the threshold: the pipeline decides for the positive label. */
    public boolean decidesPositive() {
        return score.isPresent() && score.getAsDouble() >= threshold;
    }

    /** The decision as a person reads it: the positive label, or "not" it. */
    public Optional<String> decision() {
        return score.isPresent() ? Optional.of(decidesPositive() ? positiveLabel : "not " + positiveLabel)
                : Optional.empty();
    }

    /**
     * A feature as the row gave it.
     *
     * @param ignored true for the target or an excluded column: the pipeline does not read it
     */
    public record RawValue(String column, CellValue value, boolean ignored) {
    }
}
