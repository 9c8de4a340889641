package dev.ladderbench.core.bench;

import dev.ladderbench.core.ladder.RungId;

import java.util.Map;

/**
 * Rungs 0 to 3 climbed the same number of times on one dataset.
 *
 * @param rungs        each rung's times, bottom rung first
 * @param total        the whole climb, rung by rung
 * @param modelRows    the labelled rows the model rungs (and the leakage probe) fitted on: the sample when
 *                     the data has more rows than the cap
 * @param labelledRows all labelled rows, which rung 0's row and column checks cover
 */
public record LadderFigures(Map<RungId, Timing> rungs, Timing total, int modelRows, int labelledRows) {

    public LadderFigures {
        rungs = Map.copyOf(rungs);
    }

    public boolean sampled() {
        return modelRows < labelledRows;
    }
}
