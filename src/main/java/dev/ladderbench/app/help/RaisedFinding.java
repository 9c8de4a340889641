package dev.ladderbench.app.help;

import dev.ladderbench.app.Step;
import dev.ladderbench.core.finding.Finding;

/** A finding raised in the current analysis, with the step that shows its evidence. */
public record RaisedFinding(Finding finding, Step step) {
}
