package dev.ladderbench.core.ladder;

import dev.ladderbench.core.finding.Finding;

import java.util.List;
import java.util.Optional;

/**
 * One rung's outcome. Rung 0 carries {@link SanityFigures}, rungs 1 to 3 carry {@link ModelFigures};
 * a skipped rung carries neither and says why in {@code skippedBecause}.
 */
public record RungResult(RungId id, RungStatus status, double seconds, List<Finding> findings,
                         Optional<SanityFigures> sanity, Optional<ModelFigures> model,
                         Optional<String> skippedBecause) {

    public RungResult {
        findings = List.copyOf(findings);
    }
}
