package dev.ladderbench.cli;

/** The process exit codes of the command line (a public contract, see the README). */
public final class ExitCodes {

    /** Finished, and no finding failed. */
    public static final int OK = 0;
    /** Finished with at least one {@code fail} finding. */
    public static final int FAILED_FINDING = 1;
    /** Usage or input error: one sentence on stderr, nothing written. */
    public static final int INPUT_ERROR = 2;
    /** Ladderbench itself failed: a bug to report. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
