package dev.ladderbench.app.checklist;

import dev.ladderbench.app.DatasetViewModel;
import dev.ladderbench.app.Step;
import dev.ladderbench.app.errors.ErrorsViewModel;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistEvaluator;
import dev.ladderbench.core.checklist.EvidenceStep;
import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.checklist.ProductionEvidence;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.replay.PipelineRoundTrip;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The Checklist step's state: both checklists evaluated from the rungs' current results, the Errors step's
 * analysis and the Production step's drift comparison and pipeline round trip, re-evaluated whenever one of
 * them changes, with the person's ticks and notes. A rung that is stale or running contributes no figures:
 * its items say so. The step unlocks once rung 0 has a result, so the checklist can guide the climb; items of
 * rungs not climbed yet say which rung they wait for.
 * Use it from the FX thread.
 */
public final class ChecklistViewModel {

    static final String RUN_FIRST = "Run 0 Sanity first";

    private final DatasetViewModel dataset;
    private final LadderViewModel ladder;
    private final ErrorsViewModel errors;
    private final ObservableValue<DriftResult> drift;
    private final ObservableValue<PipelineRoundTrip> roundTrip;
    private final ObservableMap<String, ManualCheck> checks = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, ManualCheck> checksView = FXCollections.unmodifiableObservableMap(checks);
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>(this, "checklist");
    private final ReadOnlyStringWrapper lockReason = new ReadOnlyStringWrapper(this, "lockReason", RUN_FIRST);
    private final Executor later;
    private boolean evaluationPending;

    /**
     * @param drift     the Production step's last drift comparison (null while there is none)
     * @param roundTrip the Production step's last pipeline saved and read back (null while there is none)
     * @param later     runs an action on the FX thread after the current event (see {@link #evaluateSoon})
     */
    public ChecklistViewModel(DatasetViewModel dataset, LadderViewModel ladder, ErrorsViewModel errors,
                              ObservableValue<DriftResult> drift, ObservableValue<PipelineRoundTrip> roundTrip, Executor later) {
        this.dataset = dataset;
        this.ladder = ladder;
        this.errors = errors;
        this.drift = drift;
        this.roundTrip = roundTrip;
        this.later = later;
        drift.addListener(observable -> evaluateSoon());
        roundTrip.addListener(observable -> evaluateSoon());
        for (RungId id : RungId.values()) {
            ladder.rung(id).stateProperty().addListener(observable -> evaluateSoon());
            ladder.rung(id).resultProperty().addListener(observable -> evaluateSoon());
        }
        ladder.overridden().addListener((SetChangeListener<RungId>) change -> evaluateSoon());
        errors.reportProperty().addListener(observable -> evaluateSoon());
        checks.addListener((javafx.collections.MapChangeListener<String, ManualCheck>) change -> evaluateSoon());
        // Ticks belong to the data they were made about.
        dataset.datasetProperty().addListener(observable -> checks.clear());
        ladder.gate(Step.CHECKLIST, lockReason);
        evaluate();
    }

    /** Ticks or unticks an item (meant for manual ones). */
    public void tick(String id, boolean ticked) {
        ManualCheck current = checks.getOrDefault(id, ManualCheck.NONE);
        put(id, new ManualCheck(ticked, current.note()));
    }

    public void note(String id, String note) {
        ManualCheck current = checks.getOrDefault(id, ManualCheck.NONE);
        put(id, new ManualCheck(current.ticked(), note == null ? "" : note));
    }

    /** Replaces every tick and note, e.g. with a session's. */
    public void restore(Map<String, ManualCheck> restored) {
        checks.clear();
        restored.forEach(this::put);
    }

    private void put(String id, ManualCheck check) {
        if (check.equals(ManualCheck.NONE)) {
            checks.remove(id);
        } else {
            checks.put(id, check);
        }
    }

    /** Shows the step where an item's evidence is; false when it has none or that step is locked. */
    public boolean showEvidence(EvidenceStep evidence) {
        return stepOf(evidence).map(ladder::select).orElse(false);
    }

    /** The wizard step an evidence step is shown on; empty for items no step can show. */
    public static Optional<Step> stepOf(EvidenceStep evidence) {
        return switch (evidence) {
            case SANITY, BASELINE, LINEAR, FOREST -> Optional.of(Step.of(RungId.valueOf(evidence.name())));
            case ERRORS -> Optional.of(Step.ERRORS);
            case THRESHOLD -> Optional.of(Step.THRESHOLD);
            case PRODUCTION -> Optional.of(Step.PRODUCTION);
            case NONE -> Optional.empty();
        };
    }

    /**
     * Evaluates once for a burst of changes: a rung's result arriving changes its state, its result and the
     * errors step's report in one go, and evaluating after each cost the FX thread two or three times over.
     * Reading the checklist before then evaluates at once; the lock reason, which the step bar reads, is
     * cheap and follows at once.
     */
    private void evaluateSoon() {
        updateLockReason();
        if (!evaluationPending) {
            evaluationPending = true;
            later.execute(this::evaluateIfPending);
        }
    }

    private void evaluateIfPending() {
        if (evaluationPending) {
            evaluate();
        }
    }

    private void evaluate() {
        evaluationPending = false;
        updateLockReason();
        Optional<LadderRequest> request = request();
        if (ladder.rung(RungId.SANITY).resultProperty().get() == null || request.isEmpty()) {
            checklist.set(null);
            return;
        }
        List<RungResult> current = new ArrayList<>();
        Map<RungId, String> pending = new EnumMap<>(RungId.class);
        for (RungId id : RungId.values()) {
            Rung rung = ladder.rung(id);
            switch (rung.state()) {
                case DONE -> current.add(rung.currentResult());
                case STALE -> pending.put(id, "is stale: the settings changed; re-run it");
                case RUNNING -> pending.put(id, "is running");
                case NOT_RUN -> { }
            }
        }
        TargetSummary summary = dataset.targetSummaryProperty().get();
        LadderResult result = new LadderResult(request.get(), "", summary == null ? Task.BINARY : summary.task(),
                request.get().positiveLabel().orElse(""), summary == null ? List.of() : summary.classCounts(), current,
                ladder.overridden(), Optional.ofNullable(errors.reportProperty().get()));
        checklist.set(ChecklistEvaluator.evaluate(result, checks, pending, new ProductionEvidence(
                Optional.ofNullable(drift.getValue()), Optional.ofNullable(roundTrip.getValue()))));
    }

    private void updateLockReason() {
        // Like the rungs, the step stays selectable once it had something to show; stale items say so.
        lockReason.set(ladder.rung(RungId.SANITY).resultProperty().get() == null ? RUN_FIRST : "");
    }

    /** The request of a current result (its settings hold the limits in force), else of the lowest rung's last one. */
    private Optional<LadderRequest> request() {
        LadderRequest any = null;
        for (RungId id : RungId.values()) {
            Rung rung = ladder.rung(id);
            if (rung.currentResult() != null) {
                return Optional.of(rung.request());
            }
            if (any == null) {
                any = rung.request();
            }
        }
        return Optional.ofNullable(any);
    }

    /** Both checklists as of now; null before rung 0 has run. */
    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        evaluateIfPending();
        return checklist.getReadOnlyProperty();
    }

    /** The person's ticks and notes by item id (items never ticked nor noted are absent). */
    public ObservableMap<String, ManualCheck> checks() {
        return checksView;
    }

    /** Why the step is locked; empty once rung 0 has a result. */
    public ReadOnlyStringProperty lockReasonProperty() {
        return lockReason.getReadOnlyProperty();
    }
}
