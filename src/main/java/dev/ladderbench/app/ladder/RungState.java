package dev.ladderbench.app.ladder;

/** Where one rung stands in the wizard. */
public enum RungState {
    /** Never run with the current data, or its run was cancelled. */
    NOT_RUN,
    RUNNING,
    /** Run with the current settings: its result is current. */
    DONE,
    /** Run, but the target, the positive class or the excluded columns changed since: re-run it. */
    STALE
}
