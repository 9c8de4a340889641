package dev.ladderbench.app.report;

import dev.ladderbench.app.checklist.ChecklistViewModel;
import dev.ladderbench.app.errors.ErrorsViewModel;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the window would put in a report right now, taken on the FX thread: the rungs with a current result
 * (stale ones are left out, never shown as current), the overrides among them, the error analysis at the
 * current threshold when there is one, and the checklists with the person's ticks and notes.
 */
public record ReportSnapshot(LadderRequest request, List<RungResult> rungs, Set<RungId> overridden,
                             Optional<ErrorReport> errors, Optional<Checklist> checklist) {

    public ReportSnapshot {
        rungs = List.copyOf(rungs);
        overridden = Set.copyOf(overridden);
    }

    /** Empty while no rung has a current result: there is nothing to report yet. */
    public static Optional<ReportSnapshot> of(LadderViewModel ladder, ErrorsViewModel errors,
                                              ChecklistViewModel checklist) {
        LadderRequest request = null;
        List<RungResult> rungs = new ArrayList<>();
        Set<RungId> overridden = EnumSet.noneOf(RungId.class);
        for (RungId id : RungId.values()) {
            Rung rung = ladder.rung(id);
            if (rung.currentResult() == null) {
                continue;
            }
            // Every current result was computed on the current choices (a change makes them all stale).
            request = request == null ? rung.request() : request;
            rungs.add(rung.currentResult());
            if (ladder.overridden().contains(id)) {
                overridden.add(id);
            }
        }
        if (request == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportSnapshot(request, rungs, overridden,
                Optional.ofNullable(errors.reportProperty().get()),
                Optional.ofNullable(checklist.checklistProperty().get())));
    }

    /** The climb as a report shows it; hashes the data file, so call it off the FX thread. */
    public LadderResult result() throws InvalidInputException {
        return Ladder.result(request, rungs, overridden, errors);
    }
}
