package dev.ladderbench.app.production;

import dev.ladderbench.app.DatasetViewModel;
import dev.ladderbench.app.Step;
import dev.ladderbench.app.WorkRunner;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.PipelineFile;
import dev.ladderbench.core.replay.PipelineFitter;
import dev.ladderbench.core.replay.PipelineRequest;
import dev.ladderbench.core.replay.PipelineRoundTrip;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.Replayer;
import dev.ladderbench.core.replay.RowInput;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * The Production step: saves the pipeline of the open data (fitted in the background, then read back and
 * compared on every row, the evidence of the checklist's serialisation item), opens a saved one,
 * and replays one row through it. Use it from the FX thread.
 */
public final class ProductionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionViewModel.class);

    private final DatasetViewModel dataset;
    private final LadderViewModel ladder;
    private final WorkRunner runner;
    private final ObservableDoubleValue threshold;
    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(this, "model", ModelKind.FOREST);
    private final ReadOnlyObjectWrapper<LoadedPipeline> pipeline = new ReadOnlyObjectWrapper<>(this, "pipeline");
    private final ReadOnlyObjectWrapper<PipelineRoundTrip> roundTrip = new ReadOnlyObjectWrapper<>(this, "roundTrip");
    private final ReadOnlyObjectWrapper<Replay> replay = new ReadOnlyObjectWrapper<>(this, "replay");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canSave;

    /** @param threshold the decision threshold a saved pipeline carries: the one set on the Threshold step */
    public ProductionViewModel(DatasetViewModel dataset, LadderViewModel ladder, WorkRunner runner,
                               ObservableDoubleValue threshold) {
        this.dataset = dataset;
        this.ladder = ladder;
        this.runner = runner;
        this.threshold = threshold;
        canSave = dataset.datasetProperty().isNotNull().and(dataset.targetReadyProperty())
                .and(runner.busyProperty().not());
        // A saved pipeline can be opened and replayed with no data open, so the step is never locked.
        ladder.gate(Step.PRODUCTION, new ReadOnlyStringWrapper(""));
        // The round trip scored the data it was fitted on; other data needs its own.
        dataset.datasetProperty().addListener(observable -> roundTrip.set(null));
    }

    /**
     * Fits the chosen model's pipeline on the open data's labelled rows (above the climb settings' sample cap, on
     * the ladder's sample of them), with the climb's seed, and saves it to {@code file}.
     */
    public void save(Path file) {
        Dataset data = dataset.datasetProperty().get();
        LadderSettings settings = ladder.settings();
        PipelineRequest request;
        try {
            request = new PipelineRequest(dataset.targetProperty().get(),
                    Optional.ofNullable(dataset.positiveProperty().get()),
                    new LinkedHashSet<>(dataset.excludedColumns()), model.get(), threshold.get(), settings.seed(),
                    settings.sampleRows());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        runner.run("Saving the pipeline to " + file.getFileName(), (progress, cancel) -> {
            PipelineFitter.Fit fit = PipelineFitter.fit(data, request, progress, cancel);
            PipelineFile.write(fit.pipeline(), file);
            // Reading the file back and scoring the data with it is what shows the file alone carries the pipeline.
            return PipelineRoundTrip.check(fit.pipeline(), file, data, progress, cancel);
        }, trip -> {
            roundTrip.set(trip);
            show(trip.reloaded());
        }, thrown -> fail(file, thrown));
    }

    /** Opens a saved pipeline file; a file it refuses leaves the current pipeline shown. */
    public void open(Path file) {
        problem.set("");
        runner.run("Opening " + file.getFileName(), (progress, cancel) -> PipelineFile.read(file), this::show,
                thrown -> fail(file, thrown));
    }

    // Replaying one row is a few hundred arithmetic operations: it runs right here, so the stages follow the
    // form without a background round trip.
    public void replay(RowInput row) {
        LoadedPipeline loaded = pipeline.get();
        if (loaded != null) {
            problem.set("");
            replay.set(Replayer.replay(loaded.pipeline(), row));
        }
    }

    /** Replays a pasted JSON object; text that is not one becomes the problem shown. */
    public void replayJson(String json) {
        try {
            replay(RowInput.parse(json, Path.of("The pasted text")));
        } catch (InvalidInputException e) {
            problem.set(e.getMessage());
        }
    }

    /** A row of the open data, as a production request would send it; empty when no data is open. */
    public Optional<RowInput> rowOfData(int row) {
        Dataset data = dataset.datasetProperty().get();
        return data == null || row < 0 || row >= data.rowCount() ? Optional.empty()
                : Optional.of(RowInput.of(data, row));
    }

    public int dataRows() {
        Dataset data = dataset.datasetProperty().get();
        return data == null ? 0 : data.rowCount();
    }

    private void show(LoadedPipeline loaded) {
        pipeline.set(loaded);
        replay.set(null);
    }

    private void fail(Path file, Throwable thrown) {
        if (thrown instanceof InvalidInputException invalid) {
            problem.set(invalid.getMessage());
        } else {
            LOG.error("The pipeline {} failed unexpectedly", file, thrown);
            problem.set("Ladderbench could not handle the pipeline " + file.getFileName() + " because of an unexpected"
                    + " error; the log has the details.");
        }
    }

    /** The model a saved pipeline ends in. */
    public ObjectProperty<ModelKind> modelProperty() {
        return model;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The pipeline replayed against; null before one is saved or opened. */
    public ReadOnlyObjectProperty<LoadedPipeline> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    /** The last pipeline saved and read back, with its scores compared; null before one is saved on this data. */
    public ReadOnlyObjectProperty<PipelineRoundTrip> roundTripProperty() {
        return roundTrip.getReadOnlyProperty();
    }

    /** The last replay; null before any and after another pipeline is shown. */
    public ReadOnlyObjectProperty<Replay> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    /** The last refusal, one sentence; empty when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why Save is not possible, for its tooltip. */
    public javafx.beans.binding.StringBinding saveHintProperty() {
        return Bindings.createStringBinding(() -> dataset.datasetProperty().get() == null ? "Open a data file first"
                : !dataset.targetReadyProperty().get() ? "Choose a target with two classes first"
                : "Fit the pipeline on every row and save it as a .lbp file, with the Threshold step's threshold", dataset.datasetProperty(),
                dataset.targetReadyProperty());
    }
}
