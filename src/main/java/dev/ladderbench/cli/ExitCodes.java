package dev.ladderbench.cli;

import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderResult;

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

    /** The exit code of a finished climb: whether any finding failed, as the contract words it. */
    static int of(LadderResult result) {
        boolean failed = result.findings().stream().anyMatch(f -> f.severity() == Severity.FAIL);
        return failed ? FAILED_FINDING : OK;
    }
}
