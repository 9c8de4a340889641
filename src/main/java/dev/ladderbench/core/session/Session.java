package dev.ladderbench.core.session;

import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a person chose on one data file, so the work can be picked up again: never the results, which are
 * recomputed (same data and seed give the same figures), so a session cannot show stale figures.
 *
 * @param data          the data file, absolute
 * @param sha256        its SHA-256 when saved: opening a changed file says so
 * @param positiveLabel the positive class chosen, empty for the target's default
 * @param excluded      columns left out of the features, in file order
 * @param errorsModel   the model rung whose errors are analysed
 * @param threshold     the Errors and Threshold steps' threshold
 * @param overridden    rungs whose {@code fail} findings the person climbed past ("Continue anyway")
 * @param checks        checklist ticks and notes by item id
 */
public record Session(Path data, String sha256, String target, Optional<String> positiveLabel, List<String> excluded,
                      LadderSettings settings, RungId errorsModel, double threshold, Set<RungId> overridden,
                      Map<String, ManualCheck> checks) {

    public Session {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(target, "target");
        excluded = List.copyOf(excluded);
        overridden = Set.copyOf(overridden);
        checks = Map.copyOf(checks);
    }
}
