package dev.ladderbench.app;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;

/** A core call to run off the FX thread: it reports progress and checks the token between steps. */
@FunctionalInterface
public interface Work<T> {

    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
