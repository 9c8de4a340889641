package dev.ladderbench.core;

import java.util.function.IntFunction;

/**
 * Progress of work split into parts that finish in parallel, in any order: each finished part raises the
 * count and reports it, one report at a time, so the fractions a listener sees only grow. Once the work is
 * cancelled, a part that finishes anyway stops its task instead of reporting, so nothing is reported after a
 * listener cancelled.
 */
public final class PartsDone {

    private final ProgressListener progress;
    private final int total;
    private final CancellationToken cancel;
    private int done;

    public PartsDone(ProgressListener progress, int total, CancellationToken cancel) {
        this.progress = progress;
        this.total = total;
        this.cancel = cancel;
    }

    /**
     * @param message what to say, given how many parts are done
     * @throws CancelledException when the work was cancelled, even by the report of another part
     */
    public synchronized void partDone(IntFunction<String> message) {
        cancel.throwIfCancelled();
        done++;
        progress.progress((double) done / total, message.apply(done));
    }
}
