package dev.ladderbench.core.ladder;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.Severity;

import java.util.List;
import java.util.Optional;

/** Builds {@link RungResult}s with the status their findings imply. */
final class RungResults {

    private RungResults() {
    }

    static RungResult sanity(double seconds, List<Finding> findings, SanityFigures figures) {
        return new RungResult(RungId.SANITY, statusOf(findings), seconds, findings, Optional.of(figures),
                Optional.empty(), Optional.empty());
    }

    static RungResult model(RungId rung, double seconds, List<Finding> findings, ModelFigures figures) {
        return new RungResult(rung, statusOf(findings), seconds, findings, Optional.empty(), Optional.of(figures),
                Optional.empty());
    }

    static RungResult skipped(RungId rung, String because) {
        return new RungResult(rung, RungStatus.SKIPPED, 0, List.of(), Optional.empty(), Optional.empty(),
                Optional.of(because));
    }

    /** The worst severity; an info finding still passes. */
    static RungStatus statusOf(List<Finding> findings) {
        Severity worst = findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.INFO);
        return switch (worst) {
            case INFO -> RungStatus.PASS;
            case WARN -> RungStatus.WARN;
            case FAIL -> RungStatus.FAIL;
        };
    }
}
