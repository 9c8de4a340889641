package dev.ladderbench.app.samples;

import dev.ladderbench.app.WorkbenchViewModel;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.samples.RealDatasets;
import dev.ladderbench.core.samples.Sample;
import dev.ladderbench.core.samples.SampleCard;
import dev.ladderbench.core.samples.SampleWriter;
import dev.ladderbench.core.samples.Samples;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The Samples menu's state: generating a sample into a folder of its own (in the background), opening it
 * like any file, and its card, with the bug hidden until revealed. The card stays while the sample is the
 * open file and goes when another file is opened. Find the bug is its {@link #exercise()}. Use it from the FX
 * thread.
 */
public final class SamplesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SamplesViewModel.class);

    private final WorkbenchViewModel workbench;
    private final Path realDatasets;
    private final ExerciseViewModel exercise;
    private Path directory;
    private final ReadOnlyObjectWrapper<SampleCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The sample being opened and its file, until the workbench has loaded it. */
    private SampleCard pendingCard;
    private Path pendingFile;
    private Path cardFile;

    /** Samples go to a temporary folder made on first use; real datasets are listed from the shared folder. */
    public SamplesViewModel(WorkbenchViewModel workbench) {
        this(workbench, null, RealDatasets.SHARED);
    }

    /**
     * @param directory    where samples are written; null makes a temporary folder on first use, kept for the
     *                     session
     * @param realDatasets the shared folder of real datasets, listed when present
     */
    public SamplesViewModel(WorkbenchViewModel workbench, Path directory, Path realDatasets) {
        this(workbench, directory, realDatasets, new Random().nextLong());
    }

    /** @param exerciseSeed the order in which "Find the bug" deals the samples */
    public SamplesViewModel(WorkbenchViewModel workbench, Path directory, Path realDatasets, long exerciseSeed) {
        this.workbench = workbench;
        this.directory = directory;
        this.realDatasets = realDatasets;
        this.exercise = new ExerciseViewModel(workbench, directory, exerciseSeed);
        workbench.loadedProperty().addListener((observable, previous, loaded) -> shown(loaded));
    }

    public List<Sample> samples() {
        return Samples.all();
    }

    /** The real datasets present on this machine (none outside a development checkout). */
    public List<SampleCard> realDatasets() {
        return RealDatasets.in(realDatasets);
    }

    /** Generates {@code sample} in the background, then opens its first file. */
    public void open(Sample sample) {
        problem.set("");
        Path known = directory;
        workbench.runner().run("Generating the sample " + sample.card().title(), (progress, cancel) -> {
            progress.progress(-1, "Generating " + sample.card().files().get(0));
            Path into = known != null ? known : Files.createTempDirectory("ladderbench-samples");
            return SampleWriter.write(into, sample, Sample.DEFAULT_SEED).get(0);
        }, file -> {
            directory = file.getParent();
            openFile(sample.card(), file);
        }, thrown -> {
            LOG.error("Generating the sample {} failed", sample.id(), thrown);
            problem.set("The sample " + sample.card().title() + " could not be written (" + thrown.getMessage()
                    + "); check that the temporary folder has space and can be written to.");
        });
    }

    /** Opens one of {@link #realDatasets()} where it lies. */
    public void openReal(SampleCard real) {
        problem.set("");
        openFile(real, realDatasets.resolve(real.files().get(0)));
    }

    /** Samples > Find the bug: the exercise dealt from the samples. */
    public ExerciseViewModel exercise() {
        return exercise;
    }

    public void reveal() {
        revealed.set(true);
    }

    private void openFile(SampleCard opened, Path file) {
        pendingCard = opened;
        pendingFile = file;
        workbench.open(file);
    }

    private void shown(LoadResult loaded) {
        Path source = loaded == null ? null : loaded.dataset().source();
        if (source != null && source.equals(pendingFile)) {
            cardFile = pendingFile;
            revealed.set(false);
            // No target to set: every sample keeps its target last, the column the workbench proposes.
            card.set(pendingCard);
        } else if (source == null || !source.equals(cardFile)) {
            card.set(null);
            cardFile = null;
        }
        pendingCard = null;
        pendingFile = null;
    }

    /** The card of the open sample; null when the open file is not one. */
    public ReadOnlyObjectProperty<SampleCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Why the last sample could not be generated; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
