package dev.ladderbench.core.ladder;

import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.finding.Finding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole climb: what was analysed, with which settings, each rung's result, which failed rungs the
 * user chose to climb past ("Continue anyway"), so the report can say so, and the error step after
 * rung 3 once it has run.
 *
 * @param sha256      hex SHA-256 of the data file's bytes
 * @param positiveLabel the positive class used (empty for a macro one-vs-rest multiclass run)
 * @param overridden  rungs whose {@code fail} the user acknowledged to go on
 * @param errors      the error analysis of one model rung, when it has run
 */
public record LadderResult(LadderRequest request, String sha256, Task task, String positiveLabel,
                           List<LevelCount> classCounts, List<RungResult> rungs, Set<RungId> overridden,
                           Optional<ErrorReport> errors) {

    public LadderResult {
        classCounts = List.copyOf(classCounts);
        rungs = List.copyOf(rungs);
        overridden = Set.copyOf(overridden);
    }

    /** The same climb with its error step. */
    public LadderResult withErrors(ErrorReport report) {
        return new LadderResult(request, sha256, task, positiveLabel, classCounts, rungs, overridden,
                Optional.of(report));
    }

    /**
     * Every rung's findings, bottom first, then the error step's ({@code threshold-untuned}, on the model
     * rung it analysed but found after the climb, so not part of that rung's status).
     */
    public List<Finding> findings() {
        return Stream.concat(rungs.stream().flatMap(r -> r.findings().stream()),
                errors.flatMap(ErrorReport::untuned).stream()).toList();
    }

    public boolean hasFail() {
        return rungs.stream().anyMatch(r -> r.status() == RungStatus.FAIL);
    }
}
