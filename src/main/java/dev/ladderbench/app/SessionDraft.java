package dev.ladderbench.app;

import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.session.Session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The window's choices copied on the FX thread, to become a {@link Session} off it once the data file is
 * hashed (hashing a large file must not hold up the window).
 */
record SessionDraft(Path data, String target, Optional<String> positiveLabel, List<String> excluded,
                    LadderSettings settings, RungId errorsModel, double threshold, Set<RungId> overridden,
                    Map<String, ManualCheck> checks) {

    Session session(String sha256) {
        return new Session(data, sha256, target, positiveLabel, excluded, settings, errorsModel, threshold,
                overridden, checks);
    }
}
