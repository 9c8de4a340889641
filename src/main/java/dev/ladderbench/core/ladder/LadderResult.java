package dev.ladderbench.core.ladder;

import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.finding.Finding;

import java.util.List;
import java.util.Set;

/**
 * The whole climb: what was analysed, with which settings, each rung's result, and which failed rungs
 * the user chose to climb past ("Continue anyway"), so the report can say so.
 *
 * @param sha256      hex SHA-256 of the data file's bytes
 * @param positiveLabel the positive class used (empty for a macro one-vs-rest multiclass run)
 * @param overridden  rungs whose {@code fail} the user acknowledged to go on
 */
public record LadderResult(LadderRequest request, String sha256, Task task, String positiveLabel,
                           List<LevelCount> classCounts, List<RungResult> rungs, Set<RungId> overridden) {

    public LadderResult {
        classCounts = List.copyOf(classCounts);
        rungs = List.copyOf(rungs);
        overridden = Set.copyOf(overridden);
    }

    public List<Finding> findings() {
        return rungs.stream().flatMap(r -> r.findings().stream()).toList();
    }

    public boolean hasFail() {
        return rungs.stream().anyMatch(r -> r.status() == RungStatus.FAIL);
    }
}
