package dev.ladderbench.app.ladder;

import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One rung as the wizard shows it: its state, its last result (current only when {@link RungState#DONE}),
 * whether it may be run, and why not. Written by {@link LadderViewModel}, read by the views.
 */
public final class Rung {

    private final RungId id;
    final ReadOnlyObjectWrapper<RungState> state = new ReadOnlyObjectWrapper<>(this, "state", RungState.NOT_RUN);
    final ReadOnlyObjectWrapper<RungResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    final ReadOnlyStringWrapper lockReason = new ReadOnlyStringWrapper(this, "lockReason", "");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** What the last result was computed on; set before the result, so its listeners can read it. */
    LadderRequest request;

    Rung(RungId id) {
        this.id = id;
    }

    public RungId id() {
        return id;
    }

    public ReadOnlyObjectProperty<RungState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RungState state() {
        return state.get();
    }

    /** The last result, null before any; its figures are current only while the state is DONE. */
    public ReadOnlyObjectProperty<RungResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The result if it is current, else null: what a view may show as this rung's figures. */
    public RungResult currentResult() {
        return state.get() == RungState.DONE ? result.get() : null;
    }

    /** The request the last result was computed on (null before any): the error analysis rebuilds its data from it. */
    public LadderRequest request() {
        return request;
    }

    /** Whether the rung may be run and its step selected. */
    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    /** Why it is locked, one sentence; empty when unlocked. */
    public ReadOnlyStringProperty lockReasonProperty() {
        return lockReason.getReadOnlyProperty();
    }

    /** Why the last run failed to produce a result, one sentence; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Done, current, with at least one {@code fail} finding. */
    public boolean failed() {
        RungResult current = currentResult();
        return current != null && current.findings().stream().map(Finding::severity).anyMatch(s -> s == Severity.FAIL);
    }
}
