package dev.ladderbench.app.drift;

import dev.ladderbench.app.DatasetLoader;
import dev.ladderbench.app.DatasetViewModel;
import dev.ladderbench.app.WorkRunner;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.HeapModel;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.data.Task;
import dev.ladderbench.core.drift.DriftAnalysis;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftTarget;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.drift.RungScorer;
import dev.ladderbench.core.drift.Scorer;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The drift view's state and commands: the training file is the open dataset (its target, positive class
 * and excluded columns), the production file is chosen here; comparing reads it and runs the drift
 * analysis in the background with progress and Cancel. Use it from the FX thread.
 */
public final class DriftViewModel {

    static final String CHOOSE = "Choose a production file to compare with the training data.";
    private static final Logger LOG = LoggerFactory.getLogger(DriftViewModel.class);

    private final DatasetViewModel dataset;
    private final DatasetLoader loader;
    private final WorkRunner runner;
    private final Supplier<LadderSettings> settings;
    private final ObjectProperty<RungId> model = new SimpleObjectProperty<>(this, "model", RungId.FOREST);
    private final ObjectProperty<String> timeColumn = new SimpleObjectProperty<>(this, "timeColumn");
    private final ObjectProperty<DriftThresholds> thresholds = new SimpleObjectProperty<>(this, "thresholds",
            DriftThresholds.defaults());
    private final ObjectProperty<FeatureDrift> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Path> productionFile = new ReadOnlyObjectWrapper<>(this, "productionFile");
    private final ReadOnlyObjectWrapper<DriftResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", CHOOSE);
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ObservableList<FeatureDrift> features = FXCollections.observableArrayList();
    private final ObservableList<FeatureDrift> featuresView = FXCollections.unmodifiableObservableList(features);

    /**
     * @param runner the workbench's runner, so that its status bar shows the progress too; starting other
     *               work there cancels a comparison, as it cancels any work
     * @param settings the ladder's folds and seed, with which the training scores are cross-validated
     */
    public DriftViewModel(DatasetViewModel dataset, DatasetLoader loader, WorkRunner runner,
                          Supplier<LadderSettings> settings) {
        this.dataset = dataset;
        this.loader = loader;
        this.runner = runner;
        this.settings = settings;
        dataset.datasetProperty().addListener(observable -> {
            timeColumn.set(null);
            clear(CHOOSE);
        });
        runner.busyProperty().addListener((observable, was, busy) -> {
            if (!busy && comparing.get()) {
                comparing.set(false);
                if (result.get() == null && message.get().startsWith("Comparing")) {
                    message.set("Cancelled. Compare again when ready.");
                }
            }
        });
    }

    /** Reads {@code production} and compares it with the open dataset, replacing any earlier result. */
    public void compare(Path production) {
        Dataset training = dataset.datasetProperty().get();
        if (training == null) {
            message.set("Open the training data first.");
            return;
        }
        productionFile.set(production);
        clear("Comparing " + production.getFileName() + " with " + training.name() + "…");
        Optional<String> time = Optional.ofNullable(timeColumn.get());
        DriftInputs inputs = inputs(training, time);
        DriftThresholds limits = thresholds.get();
        comparing.set(true);
        runner.run("Comparing " + production.getFileName(), (progress, cancel) -> {
            Dataset read = loader.load(production, CsvReadOptions.defaults(),
                    (fraction, text) -> progress.progress(fraction < 0 ? -1 : 0.1 * fraction, text), cancel).dataset();
            DriftRequest request = new DriftRequest(training, read, inputs.target(), inputs.excluded(),
                    inputs.scorer(), time, OptionalInt.empty(), limits);
            return DriftAnalysis.run(request, (fraction, text) -> progress.progress(0.1 + 0.9 * fraction, text),
                    cancel);
        }, this::show, this::fail);
    }

    /** Compares the same production file again, e.g. with another model. */
    public void compareAgain() {
        if (productionFile.get() != null) {
            compare(productionFile.get());
        }
    }

    public void cancel() {
        runner.cancel();
    }

    private record DriftInputs(Optional<DriftTarget> target, Set<String> excluded, Optional<Scorer> scorer) {
    }

    /**
     * What the open dataset says: the target (when it is a classification target), the excluded columns, and
     * the model, which does not learn from the time column either.
     */
    private DriftInputs inputs(Dataset training, Optional<String> time) {
        Set<String> excluded = new HashSet<>(dataset.excludedColumns());
        Set<String> notFeatures = new HashSet<>(excluded);
        time.ifPresent(notFeatures::add);
        TargetSummary summary = dataset.targetSummaryProperty().get();
        String positive = dataset.positiveProperty().get();
        if (summary == null || summary.task() == Task.REGRESSION || positive == null) {
            Optional.ofNullable(dataset.targetProperty().get()).ifPresent(excluded::add);
            return new DriftInputs(Optional.empty(), excluded, Optional.empty());
        }
        DriftTarget target = new DriftTarget(summary.column(), positive);
        Optional<Scorer> scorer = Optional.ofNullable(model.get()).map(rung -> new RungScorer(rung, target.column(),
                positive, notFeatures, settings.get()));
        return new DriftInputs(Optional.of(target), excluded, scorer);
    }

    private void show(DriftResult shown) {
        comparing.set(false);
        result.set(shown);
        features.setAll(shown.features());
        // The worst drift first catches the eye; the table can be re-sorted.
        selected.set(shown.features().stream().max(Comparator.comparingDouble(FeatureDrift::psi)).orElse(null));
        message.set(shown.retraining().recommended() ? "Retraining recommended." : "No retraining needed.");
    }

    private void fail(Throwable thrown) {
        comparing.set(false);
        Dataset training = dataset.datasetProperty().get();
        if (thrown instanceof InvalidInputException invalid) {
            message.set(invalid.getMessage());
        } else if (thrown instanceof OutOfMemoryError && training != null) {
            // The production data and the partial comparison went with the task: the window has its memory back.
            LOG.warn("Comparing {} ran out of memory", productionFile.get(), thrown);
            LadderSettings in = settings.get();
            // Production as large again as training, copied once more beside the modelled rows to be scored.
            long work = 2 * HeapModel.dataBytes(training) + HeapModel.climbBytes(training, in.sampleRows(), in.folds());
            message.set(loader.heap().ranOut("Comparing " + productionFile.get().getFileName(), training, work));
        } else {
            LOG.error("Comparing {} failed unexpectedly", productionFile.get(), thrown);
            message.set("The comparison failed because of an unexpected error; the log has the details.");
        }
    }

    private void clear(String why) {
        result.set(null);
        features.clear();
        selected.set(null);
        message.set(why);
    }

    /** The limits the next comparison judges by; the shown result keeps those it was judged by. */
    public ObjectProperty<DriftThresholds> thresholdsProperty() {
        return thresholds;
    }

    /** The model that scores both files: forest or linear; null to compare the features only. */
    public ObjectProperty<RungId> modelProperty() {
        return model;
    }

    /**
     * The column that orders labelled production rows into AUC windows, left out of the comparison; null for
     * the file order.
     */
    public ObjectProperty<String> timeColumnProperty() {
        return timeColumn;
    }

    /** The feature whose distributions are shown. */
    public ObjectProperty<FeatureDrift> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Path> productionFileProperty() {
        return productionFile.getReadOnlyProperty();
    }

    /** The last comparison; null before one, while one runs, and after a failure. */
    public ReadOnlyObjectProperty<DriftResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What a person should know now: what to do first, what is running, the outcome or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while this view's comparison runs. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ObservableList<FeatureDrift> features() {
        return featuresView;
    }

    public ReadOnlyObjectProperty<Dataset> trainingProperty() {
        return dataset.datasetProperty();
    }

    public WorkRunner runner() {
        return runner;
    }
}
