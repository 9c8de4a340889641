package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.InvalidInputException;

import java.util.Map;

/** Climbs the ladder: one rung at a time (the wizard) or all of them (the command line). */
public final class Ladder {

    private Ladder() {
    }

    /**
     * Runs one rung.
     *
     * @param below the results of the rungs under it that have run (rung 2 needs rung 1's AUC for
     *              {@code no-signal}, rung 3 needs rung 2's for {@code forest-worse-than-linear})
     * @throws InvalidInputException when the target cannot be used (no such column, one class)
     */
    public static RungResult climb(RungId rung, LadderRequest request, Map<RungId, RungResult> below,
                                   ProgressListener progress, CancellationToken cancel) throws InvalidInputException {
        throw new UnsupportedOperationException("Being implemented on branch ladder-run");
    }

    /** Runs every rung, bottom first; a rung that cannot run (e.g. a regression target) skips the rest. */
    public static LadderResult climbAll(LadderRequest request, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException {
        throw new UnsupportedOperationException("Being implemented on branch ladder-run");
    }
}
