package dev.ladderbench.app.ladder;

import dev.ladderbench.app.ColumnRow;
import dev.ladderbench.app.DatasetViewModel;
import dev.ladderbench.app.Step;
import dev.ladderbench.app.WorkRunner;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ladder in the wizard: each rung's state and result, the current step, running a rung in the
 * background, the gating between rungs, the overrides ("Continue anyway") and the findings to list.
 * Changing the target, the positive class, the excluded columns or the climb settings makes every result stale.
 * Use it from the FX thread.
 */
public final class LadderViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LadderViewModel.class);
    /** Within a rung, a fail before a warn before an info: the panel selects the first one. */
    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::severity).reversed();

    private final DatasetViewModel dataset;
    private final WorkRunner runner;
    private final RungClimber climber;
    private final ReadOnlyObjectWrapper<LadderSettings> settings;
    private final Map<RungId, Rung> rungs = new EnumMap<>(RungId.class);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.DATA);
    private final ReadOnlyBooleanWrapper nextEnabled = new ReadOnlyBooleanWrapper(this, "nextEnabled");
    private final ReadOnlyBooleanWrapper continueAnywayEnabled = new ReadOnlyBooleanWrapper(this, "continueAnywayEnabled");
    private final ReadOnlyBooleanWrapper runEnabled = new ReadOnlyBooleanWrapper(this, "runEnabled");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final BooleanProperty allFindings = new SimpleBooleanProperty(this, "allFindings");
    private final ObservableSet<RungId> overridden = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<RungId> overriddenView = FXCollections.unmodifiableObservableSet(overridden);
    /** Overrides restored from a session for rungs not yet re-run: they apply again when the rung fails again. */
    private final Set<RungId> restored = new HashSet<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final InvalidationListener settingsChanged = this::settingsChanged;
    /** Why each later step (Errors, Threshold) is locked, empty when it may be shown; supplied by its own view model. */
    private final Map<Step, ObservableStringValue> gates = new EnumMap<>(Step.class);
    private RungId running;
    private RungState beforeRunning;
    private LadderRequest runningRequest;

    public LadderViewModel(DatasetViewModel dataset, WorkRunner runner, RungClimber climber) {
        this(dataset, runner, climber, LadderSettings.defaults());
    }

    public LadderViewModel(DatasetViewModel dataset, WorkRunner runner, RungClimber climber, LadderSettings settings) {
        this.dataset = dataset;
        this.runner = runner;
        this.climber = climber;
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", settings);
        this.settings.addListener(settingsChanged);
        for (RungId id : RungId.values()) {
            rungs.put(id, new Rung(id));
        }
        dataset.datasetProperty().addListener((observable, previous, opened) -> reset());
        dataset.targetProperty().addListener(settingsChanged);
        dataset.positiveProperty().addListener(settingsChanged);
        dataset.targetSummaryProperty().addListener(observable -> refresh());
        dataset.columns().addListener((ListChangeListener<ColumnRow>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(row -> row.featureProperty().removeListener(settingsChanged));
                change.getAddedSubList().forEach(row -> row.featureProperty().addListener(settingsChanged));
            }
        });
        dataset.columns().forEach(row -> row.featureProperty().addListener(settingsChanged));
        runner.busyProperty().addListener((observable, was, busy) -> {
            if (!busy) {
                runEnded();
            }
            refresh();
        });
        allFindings.addListener(observable -> refresh());
        refresh();
    }

    /** Runs the current step's rung in the background; ignored when it is locked or work is running. */
    public void runCurrent() {
        step.get().rung().ifPresent(this::run);
    }

    /** Runs {@code id} in the background with the rungs below's current results; progress and Cancel go to the runner. */
    public void run(RungId id) {
        Rung rung = rungs.get(id);
        Dataset data = dataset.datasetProperty().get();
        if (!rung.unlocked.get() || runner.busyProperty().get() || data == null) {
            return;
        }
        LadderRequest request = new LadderRequest(data, dataset.targetProperty().get(),
                Optional.ofNullable(dataset.positiveProperty().get()), Set.copyOf(dataset.excludedColumns()), settings.get());
        Map<RungId, RungResult> below = new LinkedHashMap<>();
        for (RungId lower : RungId.values()) {
            if (lower.ordinal() < id.ordinal() && rungs.get(lower).currentResult() != null) {
                below.put(lower, rungs.get(lower).currentResult());
            }
        }
        running = id;
        runningRequest = request;
        beforeRunning = rung.state.get();
        rung.problem.set("");
        rung.state.set(RungState.RUNNING);
        overridden.remove(id);
        refresh();
        runner.run("Climbing " + id.label(), (progress, cancel) -> climber.climb(id, request, Map.copyOf(below), progress, cancel),
                result -> finished(id, result), thrown -> failed(id, thrown));
        if (!runner.busyProperty().get()) {
            runEnded(); // the synchronous runner: a cancelled run calls neither back
        }
    }

    /** Stops the running rung; it goes back to where it was before the run. */
    public void cancel() {
        runner.cancel();
    }

    /** Shows {@code wanted} if it is unlocked (Data always is); returns whether it is now shown. */
    public boolean select(Step wanted) {
        if (!selectable(wanted)) {
            return false;
        }
        step.set(wanted);
        refresh();
        return true;
    }

    public boolean selectable(Step wanted) {
        if (wanted == Step.DATA) {
            return true;
        }
        if (wanted.rung().isEmpty()) {
            return gate(wanted).map(reason -> reason.get().isEmpty()).orElse(false);
        }
        return rungs.get(wanted.rung().get()).unlocked.get();
    }

    /**
     * Lets a step after the ladder say when it may be shown: it is selectable while {@code lockReason} is
     * empty. The step's own view model knows what it needs (e.g. a model rung's predictions), not the ladder.
     */
    public void gate(Step later, ObservableStringValue lockReason) {
        if (later.rung().isPresent() || later == Step.DATA) {
            throw new IllegalArgumentException(later + " is gated by the ladder itself");
        }
        gates.put(later, lockReason);
        lockReason.addListener(observable -> refresh());
        refresh();
    }

    /** Why a gated later step is locked (empty when it is not); empty for the other steps. */
    public Optional<ObservableStringValue> gate(Step later) {
        return Optional.ofNullable(gates.get(later));
    }

    /** Goes to the next rung, or from the last rung to the Errors step; only when the current one is done without a {@code fail} (or was overridden). */
    public void next() {
        if (nextEnabled.get()) {
            step.get().rung().ifPresent(id -> select(id.ordinal() + 1 < RungId.values().length
                    ? Step.of(RungId.values()[id.ordinal() + 1]) : Step.ERRORS));
        }
    }

    /** Records that the user climbs past the current rung's {@code fail} findings, and goes to the next rung. */
    public void continueAnyway() {
        if (!continueAnywayEnabled.get()) {
            return;
        }
        RungId id = step.get().rung().orElseThrow();
        overridden.add(id);
        refresh();
        if (id.ordinal() + 1 < RungId.values().length) {
            select(Step.of(RungId.values()[id.ordinal() + 1]));
        }
    }

    /**
     * Re-applies a session's overrides. Its rungs start not run; each override is listed at once (so it is
     * saved again) and applies again when its rung is re-run and fails, as the person decided on this data.
     */
    public void restoreOverrides(Set<RungId> rungIds) {
        restored.clear();
        restored.addAll(rungIds);
        overridden.addAll(rungIds);
        refresh();
    }

    private void finished(RungId id, RungResult result) {
        Rung rung = rungs.get(id);
        running = null;
        rung.request = runningRequest;
        rung.result.set(result);
        rung.state.set(RungState.DONE);
        if (restored.remove(id) && rung.failed()) {
            overridden.add(id);
        }
        refresh();
    }

    private void failed(RungId id, Throwable thrown) {
        Rung rung = rungs.get(id);
        running = null;
        rung.state.set(beforeRunning);
        if (thrown instanceof InvalidInputException invalid) {
            rung.problem.set(invalid.getMessage());
        } else if (thrown instanceof OutOfMemoryError && dataset.datasetProperty().get() != null) {
            // The run's partial results went with its task; the window has its memory back for another run.
            LOG.warn("Climbing {} ran out of memory", id.label(), thrown);
            Dataset data = dataset.datasetProperty().get();
            LadderSettings in = settings.get();
            rung.problem.set(HeapModel.ofThisJvm().ranOut(id.label(), data,
                    HeapModel.climbBytes(data, in.sampleRows(), in.folds())));
        } else {
            LOG.error("Climbing {} failed", id.label(), thrown);
            rung.problem.set(id.label() + " could not run because of an unexpected error; the log has the details.");
        }
        refresh();
    }

    /** The runner went idle: a run that did not call back was cancelled or superseded. */
    private void runEnded() {
        if (running != null) {
            Rung rung = rungs.get(running);
            running = null;
            if (rung.state.get() == RungState.RUNNING) {
                rung.state.set(beforeRunning);
            }
        }
    }

    private void settingsChanged(Observable changed) {
        if (running != null) {
            runner.cancel(); // its result would describe the old settings
        }
        boolean any = false;
        for (Rung rung : rungs.values()) {
            if (rung.state.get() == RungState.DONE) {
                rung.state.set(RungState.STALE);
                any = true;
            }
        }
        if (any) {
            overridden.clear();
            restored.clear();
        }
        refresh();
    }

    private void reset() {
        for (Rung rung : rungs.values()) {
            rung.state.set(RungState.NOT_RUN);
            rung.result.set(null);
            rung.problem.set("");
        }
        overridden.clear();
        restored.clear();
        step.set(Step.DATA);
        refresh();
    }

    /** Recomputes the gating, the buttons and the findings from the rungs' states. */
    private void refresh() {
        Rung below = null;
        for (RungId id : RungId.values()) {
            Rung rung = rungs.get(id);
            String reason = below == null ? targetLock() : regression() ? modelLock() : lockBehind(below);
            rung.unlocked.set(reason.isEmpty());
            rung.lockReason.set(reason);
            below = rung;
        }
        Optional<Rung> current = step.get().rung().map(rungs::get);
        boolean idle = !runner.busyProperty().get();
        runEnabled.set(idle && current.map(r -> r.unlocked.get()).orElse(false));
        boolean done = current.map(r -> r.state.get() == RungState.DONE).orElse(false);
        boolean failed = current.map(Rung::failed).orElse(false);
        boolean last = current.map(r -> r.id().ordinal() == RungId.values().length - 1).orElse(true);
        boolean passed = done && (!failed || overridden.contains(current.get().id()));
        nextEnabled.set(idle && passed && (!last || selectable(Step.ERRORS)));
        continueAnywayEnabled.set(idle && failed && !overridden.contains(current.get().id()) && !regression());
        stale.set(current.map(r -> r.state.get() == RungState.STALE).orElse(false));
        findings.setAll(rungs.values().stream()
                .filter(r -> allFindings.get() || current.map(c -> c == r).orElse(false))
                .map(Rung::currentResult).filter(r -> r != null)
                .flatMap(r -> r.findings().stream().sorted(WORST_FIRST)).toList());
    }

    /** 0 Sanity runs on any target: on a continuous one it says so ({@code regression-target}), which is why it runs. */
    private String targetLock() {
        return dataset.targetSummaryProperty().get() == null ? "Choose a target first" : "";
    }

    private boolean regression() {
        TargetSummary summary = dataset.targetSummaryProperty().get();
        return summary != null && summary.task() == Task.REGRESSION;
    }

    private String modelLock() {
        return "The ladder needs a classification target; " + dataset.targetSummaryProperty().get().column()
                + " is continuous";
    }

    private String lockBehind(Rung below) {
        if (!below.unlocked.get()) {
            return "Climb " + below.id().label() + " first";
        }
        return switch (below.state.get()) {
            case NOT_RUN, RUNNING -> "Run " + below.id().label() + " first";
            case STALE -> "Re-run " + below.id().label() + ": the settings changed";
            case DONE -> below.failed() && !overridden.contains(below.id())
                    ? below.id().label() + " has a fail finding: fix it, or Continue anyway" : "";
        };
    }

    public Rung rung(RungId id) {
        return rungs.get(id);
    }

    /** The step shown in the centre. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty nextEnabledProperty() {
        return nextEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty continueAnywayEnabledProperty() {
        return continueAnywayEnabled.getReadOnlyProperty();
    }

    /** Whether the current step is a rung that can run now. */
    public ReadOnlyBooleanProperty runEnabledProperty() {
        return runEnabled.getReadOnlyProperty();
    }

    /** Whether the current rung's result was computed with other settings. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The rungs whose {@code fail} findings the user climbed past; the report prints them. */
    public ObservableSet<RungId> overridden() {
        return overriddenView;
    }

    /** The findings listed on the right: the current rung's, or every current result's when {@link #allFindingsProperty()}. */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public BooleanProperty allFindingsProperty() {
        return allFindings;
    }

    /** Folds, seed, fold scheme and limits every rung is climbed with. */
    public LadderSettings settings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<LadderSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Climbs with {@code changed} from now on; the rungs already climbed with other settings become stale. */
    public void changeSettings(LadderSettings changed) {
        if (!changed.equals(settings.get())) {
            settings.set(changed);
        }
    }

    public WorkRunner runner() {
        return runner;
    }
}
