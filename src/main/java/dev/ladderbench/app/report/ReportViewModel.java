package dev.ladderbench.app.report;

import dev.ladderbench.app.DatasetViewModel;
import dev.ladderbench.app.Step;
import dev.ladderbench.app.WorkRunner;
import dev.ladderbench.app.checklist.ChecklistViewModel;
import dev.ladderbench.app.errors.ErrorsViewModel;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.report.PageSize;
import dev.ladderbench.report.ReportDocument;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Report step: which formats to write, where, and what the report will hold; Export writes the chosen
 * files in the background (progress and Cancel in the status bar), each whole or not at all.
 * Use it from the FX thread.
 */
public final class ReportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportViewModel.class);
    static final String RUN_FIRST = "Run 0 Sanity first";

    private final LadderViewModel ladder;
    private final ErrorsViewModel errors;
    private final ChecklistViewModel checklist;
    private final WorkRunner runner;
    private final Map<ReportFormat, BooleanProperty> formats = new EnumMap<>(ReportFormat.class);
    private final ObjectProperty<PageSize> pageSize = new SimpleObjectProperty<>(this, "pageSize", PageSize.A4);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty baseName = new SimpleStringProperty(this, "baseName", "");
    private final ReadOnlyStringWrapper lockReason = new ReadOnlyStringWrapper(this, "lockReason", RUN_FIRST);
    private final ReadOnlyStringWrapper contents = new ReadOnlyStringWrapper(this, "contents", "");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final ObservableList<Path> writtenView = FXCollections.unmodifiableObservableList(written);
    private final BooleanBinding exportEnabled;
    /** Where the last export went: the next one defaults there, whatever data is open. */
    private Path lastFolder;

    public ReportViewModel(DatasetViewModel dataset, LadderViewModel ladder, ErrorsViewModel errors,
                           ChecklistViewModel checklist, WorkRunner runner) {
        this.ladder = ladder;
        this.errors = errors;
        this.checklist = checklist;
        this.runner = runner;
        for (ReportFormat format : ReportFormat.values()) {
            formats.put(format, new SimpleBooleanProperty(this, format.name(),
                    format == ReportFormat.PDF || format == ReportFormat.JSON));
        }
        for (RungId id : RungId.values()) {
            ladder.rung(id).stateProperty().addListener(observable -> describe());
            ladder.rung(id).resultProperty().addListener(observable -> describe());
        }
        ladder.overridden().addListener((SetChangeListener<RungId>) change -> describe());
        errors.reportProperty().addListener(observable -> describe());
        errors.modelRungProperty().addListener(observable -> describe());
        errors.placeholderProperty().addListener(observable -> describe());
        dataset.datasetProperty().addListener((observable, previous, opened) -> placeFor(opened));
        ladder.gate(Step.REPORT, lockReason);
        List<Observable> inputs = new ArrayList<>(formats.values());
        inputs.addAll(List.of(lockReason, runner.busyProperty(), folder, baseName));
        exportEnabled = Bindings.createBooleanBinding(() -> lockReason.get().isEmpty() && !chosen().isEmpty()
                && !runner.busyProperty().get() && folder.get() != null && !baseName.get().isBlank(),
                inputs.toArray(new Observable[0]));
        placeFor(dataset.datasetProperty().get());
        describe();
    }

    /** Writes the chosen formats in the background; ignored when {@link #exportEnabledProperty()} is false. */
    public void export() {
        Optional<ReportSnapshot> snapshot = ReportSnapshot.of(ladder, errors, checklist);
        if (!exportEnabled.get() || snapshot.isEmpty()) {
            return;
        }
        List<ReportFormat> chosen = chosen();
        Path into = folder.get();
        String base = baseName.get().strip();
        PageSize paper = pageSize.get();
        written.clear();
        outcome.set("");
        runner.run("Writing the report", (progress, cancel) -> write(snapshot.get(), chosen, into, base, paper,
                progress, cancel), files -> {
            lastFolder = into;
            written.setAll(files);
            outcome.set("Wrote " + files.stream().map(f -> f.getFileName().toString())
                    .collect(Collectors.joining(", ")) + " to " + into + ".");
        }, thrown -> outcome.set(problem(thrown, snapshot.get().request().dataset())));
    }

    private static List<Path> write(ReportSnapshot snapshot, List<ReportFormat> chosen, Path folder, String base,
                                    PageSize paper, ProgressListener progress, CancellationToken cancel)
            throws InvalidInputException {
        progress.progress(-1, "Hashing " + snapshot.request().dataset().name());
        ReportDocument report = ReportDocument.of(snapshot.result(), snapshot.checklist(), Clock.systemUTC());
        List<Path> files = new ArrayList<>();
        for (ReportFormat format : chosen) {
            // Cancel stops between files and the PDF's sections: each file is written whole or not at all.
            cancel.throwIfCancelled();
            Path file = format.file(folder, base);
            double from = (double) files.size() / chosen.size();
            progress.progress(from, "Writing " + file.getFileName() + " (" + (files.size() + 1) + " of "
                    + chosen.size() + ")");
            try {
                format.write(report, paper, file,
                        (fraction, message) -> progress.progress(from + fraction / chosen.size(), message), cancel);
            } catch (IOException e) {
                LOG.warn("Writing {} failed", file, e);
                throw new InvalidInputException(file, "The " + format.label() + " report could not be written to "
                        + file + " (" + e.getMessage() + "); choose a folder you can write to.", false, e);
            }
            files.add(file);
        }
        progress.progress(1, "Report written");
        return files;
    }

    /** What to tell a person when writing the report on {@code data} failed. */
    static String problem(Throwable thrown, Dataset data) {
        if (thrown instanceof InvalidInputException invalid) {
            return invalid.getMessage();
        }
        if (thrown instanceof OutOfMemoryError) {
            // The half-built document went with the task; the report needs little beside the data it describes.
            LOG.warn("Writing the report ran out of memory", thrown);
            return HeapModel.ofThisJvm().ranOut("Writing the report", data, 0);
        }
        LOG.error("Writing the report failed", thrown);
        return "The report could not be written because of an unexpected error; the log has the details.";
    }

    /** The data file's folder and name, unless an export already chose a folder. */
    private void placeFor(Dataset opened) {
        if (opened == null) {
            return;
        }
        Path source = opened.source().toAbsolutePath().normalize();
        folder.set(lastFolder != null ? lastFolder : source.getParent());
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        baseName.set(dot > 0 ? name.substring(0, dot) : name);
    }

    /** Recomputes the lock, what the report will hold and what it lacks, from the rungs and the error step. */
    private void describe() {
        // Like the Checklist step, it stays selectable once rung 0 had a result; stale rungs are left out and said so.
        lockReason.set(ladder.rung(RungId.SANITY).resultProperty().get() == null ? RUN_FIRST : "");
        List<String> current = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (RungId id : RungId.values()) {
            Rung rung = ladder.rung(id);
            switch (rung.state()) {
                case DONE -> current.add(id.label() + (ladder.overridden().contains(id)
                        ? " (Continue anyway past its fail)" : ""));
                case STALE -> lacking.add(id.label() + " is stale and left out: re-run it to include it.");
                case RUNNING -> lacking.add(id.label() + " is running; it is included once it is done.");
                case NOT_RUN -> lacking.add("Climb " + id.label() + " to include it.");
            }
        }
        ErrorReport report = errors.reportProperty().get();
        if (report == null) {
            lacking.add(errorsMissing());
        }
        StringBuilder text = new StringBuilder(current.isEmpty() ? "No rung has a current result yet."
                : "Rungs: " + String.join(", ", current) + ".");
        if (report != null) {
            text.append("\nThe error analysis of ").append(report.model().label()).append(" at threshold ")
                    .append(String.format(Locale.ROOT, "%.2f", report.threshold())).append('.');
        }
        text.append("\nThe development and production checklists, with your ticks and notes.");
        contents.set(text.toString());
        missing.set(String.join("\n", lacking));
    }

    private String errorsMissing() {
        Rung analysed = ladder.rung(errors.modelRungProperty().get());
        if (analysed.currentResult() == null) {
            return "Climb " + analysed.id().label() + " and open Errors to include the error analysis.";
        }
        String why = errors.placeholderProperty().get();
        return why.isEmpty() ? "The error analysis of " + analysed.id().label() + " is being computed; it is included"
                + " once it is done." : "The error analysis is left out: " + why;
    }

    private List<ReportFormat> chosen() {
        return formats.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** Whether {@code format} is written on Export (PDF and JSON at first). */
    public BooleanProperty formatProperty(ReportFormat format) {
        return formats.get(format);
    }

    /** The paper of the PDF. */
    public ObjectProperty<PageSize> pageSizeProperty() {
        return pageSize;
    }

    /** Where the files go: the data file's folder, or the last export's. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The files' name without suffix: the data file's at first. */
    public StringProperty baseNameProperty() {
        return baseName;
    }

    /** Why the step is locked; empty once rung 0 has a result. */
    public ReadOnlyStringProperty lockReasonProperty() {
        return lockReason.getReadOnlyProperty();
    }

    /** What the report will hold, a sentence a line. */
    public ReadOnlyStringProperty contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** What it leaves out and how to include it, a sentence a line; empty when nothing is missing. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** What the last export did: the files written, or why it failed; empty before any. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The files the last export wrote. */
    public ObservableList<Path> written() {
        return writtenView;
    }

    public BooleanBinding exportEnabledProperty() {
        return exportEnabled;
    }
}
