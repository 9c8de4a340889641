package dev.ladderbench.core;

/** Receives progress from long-running work; called from the worker thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction done so far, from 0 to 1, or a negative value when the amount is unknown
     * @param message  what is happening, as a person would say it
     */
    void progress(double fraction, String message);
}
