package dev.ladderbench.core;

/** Thrown by work that noticed its {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Cancelled.", null, false, false);
    }
}
