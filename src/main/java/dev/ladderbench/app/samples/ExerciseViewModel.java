package dev.ladderbench.app.samples;

import dev.ladderbench.app.Step;
import dev.ladderbench.app.WorkbenchViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.core.AtomicFiles;
import dev.ladderbench.core.data.LoadResult;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.samples.BugEvidence;
import dev.ladderbench.core.samples.Exercise;
import dev.ladderbench.core.samples.Exercise.Deal;
import dev.ladderbench.core.samples.Exercise.Verdict;
import dev.ladderbench.core.samples.Sample;
import dev.ladderbench.core.samples.SampleFile;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Find the bug" in the window: deals a sample under a neutral file name and opens it, takes the student's
 * answer, and then shows the card and the evidence, which follows the rungs as they are run. The dealing,
 * judging and score are {@link Exercise}'s. The exercise is active while its file is the open one; opening
 * another file ends it, the score stays for the session. Use it from the FX thread.
 */
public final class ExerciseViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseViewModel.class);

    private final WorkbenchViewModel workbench;
    private final Exercise exercise;
    private Path directory;
    private Path dealtFile;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ObservableList<BugEvidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<BugEvidence> evidenceView = FXCollections.unmodifiableObservableList(evidence);
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param directory where dealt files are written; null makes a temporary folder on first use
     * @param seed      the order of the deals (tests fix it; the window draws one)
     */
    public ExerciseViewModel(WorkbenchViewModel workbench, Path directory, long seed) {
        this.workbench = workbench;
        this.directory = directory;
        this.exercise = new Exercise(seed);
        workbench.loadedProperty().addListener((observable, previous, loaded) -> shown(loaded));
        for (RungId id : RungId.values()) {
            workbench.ladder().rung(id).stateProperty().addListener(observable -> collectEvidence());
        }
    }

    /** The bugs to name, {@value Exercise#NO_BUG} last. */
    public List<String> kinds() {
        return exercise.kinds();
    }

    /** Deals a sample other than the last one, writes it in the background and opens it like any file. */
    public void deal() {
        problem.set("");
        Deal deal = exercise.deal();
        // The last exercise ends here, not when the next one opens: an answer now would be judged against the new deal.
        dealtFile = null;
        active.set(false);
        verdict.set(null);
        evidence.clear();
        score.set(exercise.score().toString());
        Path known = directory;
        Sample sample = deal.sample();
        workbench.runner().run("Dealing " + deal.fileName(), (progress, cancel) -> {
            progress.progress(-1, "Writing " + deal.fileName());
            Path into = known != null ? known : Files.createTempDirectory("ladderbench-exercise");
            SampleFile file = sample.generate(Sample.DEFAULT_SEED).get(0);
            Path path = into.resolve(deal.fileName());
            AtomicFiles.write(path, out -> out.write(file.bytes()));
            return path;
        }, file -> {
            directory = file.getParent();
            dealtFile = file;
            heading.set("Find the bug: exercise " + deal.number());
            workbench.open(file);
        }, thrown -> {
            LOG.error("Dealing {} as {} failed", sample.id(), deal.fileName(), thrown);
            problem.set("The exercise could not be written (" + thrown.getMessage() + "); check that the temporary"
                    + " folder has space and can be written to.");
        });
    }

    /** Judges {@code kind} for the sample dealt, reveals its card and shows the evidence; once per deal. */
    public void answer(String kind) {
        if (!active.get() || verdict.get() != null) {
            return;
        }
        verdict.set(exercise.answer(kind));
        score.set(exercise.score().toString());
        collectEvidence();
    }

    /** Shows the rung that raises {@code shown}'s code, run or not (its Run button is there). */
    public void goTo(BugEvidence shown) {
        shown.rung().ifPresent(id -> workbench.ladder().select(Step.of(id)));
    }

    private void shown(LoadResult loaded) {
        Path source = loaded == null ? null : loaded.dataset().source();
        active.set(source != null && source.equals(dealtFile));
        if (!active.get()) {
            dealtFile = null;
            verdict.set(null);
            evidence.clear();
        }
    }

    private void collectEvidence() {
        Verdict judged = verdict.get();
        if (judged == null) {
            return;
        }
        Map<RungId, List<Finding>> ran = new EnumMap<>(RungId.class);
        for (RungId id : RungId.values()) {
            Rung rung = workbench.ladder().rung(id);
            RungResult result = rung.currentResult();
            if (result != null) {
                ran.put(id, result.findings());
            }
        }
        evidence.setAll(BugEvidence.of(judged.card(), ran));
    }

    /** Whether the open file is the sample dealt: the exercise panel shows while it is. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** "Find the bug: exercise 3". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The judged answer to the current deal, with its card; null until answered. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Once answered, what in this analysis shows the bug, one entry per code on the card; it follows the rungs run. */
    public ObservableList<BugEvidence> evidence() {
        return evidenceView;
    }

    /** Right answers out of attempted in this session, "1/2"; empty before the first deal. */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Why the last deal could not be written; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
