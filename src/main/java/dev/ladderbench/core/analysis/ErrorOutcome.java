package dev.ladderbench.core.analysis;

import java.util.Optional;

/**
 * What the error step produced: its report, or, when it cannot run (a skipped rung, a multiclass target
 * without a positive class), why not, as a sentence for a person.
 */
public record ErrorOutcome(Optional<ErrorReport> report, Optional<String> skippedBecause) {

    public ErrorOutcome {
        if (report.isPresent() == skippedBecause.isPresent()) {
            throw new IllegalArgumentException("An error step either ran or says why it did not, not both");
        }
    }

    static ErrorOutcome ran(ErrorReport report) {
        return new ErrorOutcome(Optional.of(report), Optional.empty());
    }

    static ErrorOutcome skipped(String because) {
        return new ErrorOutcome(Optional.empty(), Optional.of(because));
    }
}
