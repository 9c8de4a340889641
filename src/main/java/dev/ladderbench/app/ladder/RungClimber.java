package dev.ladderbench.app.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;

import java.util.Map;

/**
 * Climbs one rung; the seam between the wizard and the core ladder, so tests can hand the view model
 * results they built themselves. Called off the FX thread.
 */
@FunctionalInterface
public interface RungClimber {

    RungResult climb(RungId rung, LadderRequest request, Map<RungId, RungResult> below, ProgressListener progress,
                     CancellationToken cancel) throws Exception;

    /** The real one: {@link Ladder#climb}. */
    static RungClimber ladder() {
        return Ladder::climb;
    }
}
