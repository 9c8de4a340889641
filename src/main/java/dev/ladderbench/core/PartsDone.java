package dev.ladderbench.core;

import java.util.function.IntFunction;

/**
 * Progress of work split into parts that finish in parallel, in any order: each finished part raises the
 * count and reports it, one report at a time, so the fractions a listener sees only grow.
 */
public final class PartsDone {

    private final ProgressListener progress;
    private final int total;
    private int done;

    public PartsDone(ProgressListener progress, int total) {
        this.progress = progress;
        this.total = total;
    }

    /** @param message what to say, given how many parts are done */
    public synchronized void partDone(IntFunction<String> message) {
        done++;
        progress.progress((double) done / total, message.apply(done));
    }
}
