package dev.ladderbench.app;

import dev.ladderbench.app.checklist.ChecklistViewModel;
import dev.ladderbench.app.errors.ErrorsViewModel;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.RungClimber;
import dev.ladderbench.app.drift.DriftViewModel;
import dev.ladderbench.app.production.ProductionViewModel;
import dev.ladderbench.app.report.ReportViewModel;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.ColumnProfiler;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.ladder.LadderSettings;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The workbench window's state and commands: opening files (in the background, cancellable), the
 * recent files, what went wrong and what a person should be told. Use it from the FX thread.
 */
public final class WorkbenchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);
    private static final String APPLICATION = "Ladderbench";

    private final DatasetLoader loader;
    private final WorkRunner runner;
    private final RecentFiles recentFiles;
    private final DatasetViewModel dataset;
    private final LadderViewModel ladder;
    private final ErrorsViewModel errors;
    private final ProductionViewModel production;
    private final DriftViewModel drift;
    private final ChecklistViewModel checklist;
    private final ReportViewModel report;
    private final SessionViewModel session;
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APPLICATION);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No file open");
    private final ReadOnlyObjectWrapper<LoadFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices);
    private final ObservableStringValue status;

    public WorkbenchViewModel(DatasetLoader loader, WorkRunner runner, RecentFiles recentFiles) {
        this(loader, runner, recentFiles, RungClimber.ladder());
    }

    /** @param climber climbs one rung; {@link RungClimber#ladder()} but in tests */
    public WorkbenchViewModel(DatasetLoader loader, WorkRunner runner, RecentFiles recentFiles, RungClimber climber) {
        this.loader = loader;
        this.runner = runner;
        this.recentFiles = recentFiles;
        this.dataset = new DatasetViewModel(runner);
        this.ladder = new LadderViewModel(dataset, runner, climber);
        this.errors = new ErrorsViewModel(ladder);
        this.production = new ProductionViewModel(dataset, ladder, runner, errors.thresholdProperty());
        this.drift = new DriftViewModel(dataset, loader, runner, ladder::settings);
        this.checklist = new ChecklistViewModel(dataset, ladder, errors, drift.resultProperty(),
                production.roundTripProperty(), runner::later);
        this.report = new ReportViewModel(dataset, ladder, errors, checklist, runner);
        this.session = new SessionViewModel(this);
        recent.setAll(recentFiles.entries());
        status = Bindings.when(runner.busyProperty()).then(runner.messageProperty()).otherwise(summary);
    }

    /**
     * Opens a file by what it is, as a double-click or a drop hands it over: a session ({@code .ladder}), a
     * pipeline ({@code .lbp}, shown on the Production step), otherwise data.
     */
    public void openDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ladder")) {
            session.open(file);
        } else if (name.endsWith(".lbp")) {
            production.open(file);
            ladder.select(Step.PRODUCTION);
        } else {
            open(file);
        }
    }

    /** Opens {@code file} in the background, replacing the current dataset once it has loaded. */
    public void open(Path file) {
        open(file, CsvReadOptions.defaults(), () -> { });
    }

    /** Opens {@code file} and, once it is shown with its proposed target, runs {@code whenShown} (e.g. a session's choices). */
    public void open(Path file, Runnable whenShown) {
        open(file, CsvReadOptions.defaults(), whenShown);
    }

    /** Answers a skippable failure: reads its file again, leaving out the lines that do not fit. */
    public void skipBadLines() {
        LoadFailure failed = failure.get();
        failure.set(null);
        if (failed != null) {
            open(failed.file(), CsvReadOptions.defaults().withSkipBadLines(true), () -> { });
        }
    }

    public void dismissFailure() {
        failure.set(null);
    }

    public void cancel() {
        runner.cancel();
    }

    public void clearRecentFiles() {
        recentFiles.clear();
        recent.clear();
    }

    public void dismissNotice(String notice) {
        notices.remove(notice);
    }

    private void open(Path file, CsvReadOptions options, Runnable whenShown) {
        failure.set(null);
        runner.run("Opening " + file.getFileName(), (progress, cancel) -> {
            LoadResult result = loader.load(file, options, span(progress, 0, 0.8), cancel);
            return new OpenedDataset(result, ColumnProfiler.profile(result.dataset(), span(progress, 0.8, 1), cancel));
        }, opened -> {
            show(file, opened);
            whenShown.run();
        }, thrown -> fail(file, thrown));
    }

    /** Maps a step's own 0..1 progress into its part of the whole. */
    private static ProgressListener span(ProgressListener whole, double from, double to) {
        return (fraction, message) -> whole.progress(fraction < 0 ? -1 : from + fraction * (to - from), message);
    }

    private void show(Path file, OpenedDataset opened) {
        LoadResult result = opened.load();
        loaded.set(result);
        dataset.show(result.dataset(), opened.profiles());
        title.set(APPLICATION + " — " + result.dataset().name());
        summary.set(FileSummary.of(result));
        notices.setAll(result.notices());
        LadderSettings settings = ladder.settings();
        loader.heap().climbNote(result.dataset(), settings.sampleRows(), settings.folds()).ifPresent(notices::add);
        recentFiles.add(file);
        recent.setAll(recentFiles.entries());
    }

    private void fail(Path file, Throwable thrown) {
        if (thrown instanceof InvalidInputException invalid) {
            failure.set(new LoadFailure(file, invalid.getMessage(), invalid.skippable()));
        } else if (thrown instanceof OutOfMemoryError) {
            LOG.warn("Opening {} ran out of memory", file, thrown);
            failure.set(new LoadFailure(file, loader.heap().ranOut("Opening " + file.getFileName()), false));
        } else {
            LOG.error("Opening {} failed unexpectedly", file, thrown);
            failure.set(new LoadFailure(file, "Ladderbench could not open " + file.getFileName()
                    + " because of an unexpected error; the log has the details.", false));
        }
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public LadderViewModel ladder() {
        return ladder;
    }

    /** The Errors and Threshold steps. */
    public ErrorsViewModel errors() {
        return errors;
    }

    /** The Production step: the saved pipeline and its replay. */
    public ProductionViewModel production() {
        return production;
    }

    /** The Production step's comparison of the open (training) data with a production file. */
    public DriftViewModel drift() {
        return drift;
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    /** The Report step and File > Export report. */
    public ReportViewModel report() {
        return report;
    }

    /** File > Save session and Open session. */
    public SessionViewModel session() {
        return session;
    }

    public WorkRunner runner() {
        return runner;
    }

    /** The last file opened, as read; null before any. */
    public ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** "Ladderbench — credit.csv". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the status bar says: the running work's message while busy, the file summary when idle. */
    public ObservableStringValue statusProperty() {
        return status;
    }

    /** The file just refused, for its dialog; null when there is nothing to show. */
    public ReadOnlyObjectProperty<LoadFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Recent files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    /** Sentences about the loaded file worth telling (encoding fallback, skipped lines), until dismissed. */
    public ObservableList<String> notices() {
        return noticesView;
    }

    public List<String> excludedColumns() {
        return dataset.excludedColumns();
    }
}
