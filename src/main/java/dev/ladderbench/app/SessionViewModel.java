package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.TargetSummary;
import dev.ladderbench.core.ladder.FileHash;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.session.Session;
import dev.ladderbench.core.session.SessionFiles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * File > Save session and Open session. A session holds the person's choices, never results: opening one
 * loads its data file, re-applies the target, positive class, exclusions, the error step's choices and
 * the checklist's ticks and notes, and leaves every rung not run, so no stale figure can show as current.
 * The overrides come back only when the data file is unchanged (same SHA-256); a changed file is said so
 * in the banner. Reading and hashing run in the background. Use it from the FX thread.
 */
public final class SessionViewModel {

    /** What the banner says: nothing, saved, restored on unchanged data, restored on changed data, or a refusal. */
    public enum Notice { NONE, SAVED, RESTORED, DATA_CHANGED, PROBLEM }

    private static final Logger LOG = LoggerFactory.getLogger(SessionViewModel.class);

    private final WorkbenchViewModel workbench;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
    /** The session being applied, from opening its data until its target is summarised; null otherwise. */
    private Session restoring;
    private boolean sameData;

    SessionViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        DatasetViewModel data = workbench.dataset();
        // Ready is set last, once the positive class and its choices are in place.
        data.targetReadyProperty().addListener(observable -> summarised());
        data.targetProblemProperty().addListener((observable, was, problem) -> {
            if (restoring != null && !problem.isEmpty()) {
                restoring = null;
                tell(Notice.PROBLEM, "The session's choices were not re-applied: " + problem);
            }
        });
        workbench.failureProperty().addListener((observable, was, failure) -> {
            if (failure != null) {
                restoring = null; // its dialog says why the data did not open
            }
        });
    }

    /** Writes the current choices to {@code file} in the background (the data file is hashed on the way). */
    public void save(Path file) {
        Optional<SessionDraft> draft = draft();
        if (draft.isEmpty()) {
            tell(Notice.PROBLEM, "Open a data file and choose its target before saving a session.");
            return;
        }
        workbench.runner().run("Saving " + file.getFileName(), (progress, cancel) -> {
            Session session = draft.get().session(FileHash.sha256(draft.get().data()));
            SessionFiles.write(file, session);
            return session;
        }, saved -> tell(Notice.SAVED, "Saved " + file.getFileName() + ": the choices, overrides and checklist ticks;"
                + " the results are recomputed when it is opened."), thrown -> {
            LOG.warn("Saving the session {} failed", file, thrown);
            tell(Notice.PROBLEM, "The session could not be saved to " + file + "; choose a folder you can write to.");
        });
    }

    /** The current choices, once a data file is open and has a target; empty before. */
    Optional<SessionDraft> draft() {
        DatasetViewModel data = workbench.dataset();
        Dataset dataset = data.datasetProperty().get();
        String target = data.targetProperty().get();
        if (dataset == null || target == null) {
            return Optional.empty();
        }
        LadderViewModel ladder = workbench.ladder();
        return Optional.of(new SessionDraft(dataset.source().toAbsolutePath().normalize(), target,
                Optional.ofNullable(data.positiveProperty().get()), List.copyOf(data.excludedColumns()),
                ladder.settings(), workbench.errors().modelRungProperty().get(),
                workbench.errors().thresholdProperty().get(), Set.copyOf(ladder.overridden()),
                Map.copyOf(workbench.checklist().checks())));
    }

    /** Reads {@code file}, opens its data and re-applies its choices; a bad file leaves the window as it was. */
    public void open(Path file) {
        workbench.runner().run("Opening " + file.getFileName(), (progress, cancel) -> {
            Session session = SessionFiles.read(file);
            if (!Files.isRegularFile(session.data())) {
                throw new InvalidInputException(file, "The data file " + session.data() + " that " + file.getFileName()
                        + " was saved with is not there any more; move it back, or open the data with File > Open.");
            }
            return new Read(session, FileHash.sha256(session.data()));
        }, read -> {
            restoring = read.session();
            sameData = read.sha256().equals(read.session().sha256());
            tell(Notice.NONE, "");
            workbench.open(read.session().data(), this::shown);
        }, thrown -> {
            if (thrown instanceof InvalidInputException invalid) {
                tell(Notice.PROBLEM, invalid.getMessage());
            } else {
                LOG.error("Opening the session {} failed", file, thrown);
                tell(Notice.PROBLEM, "The session " + file.getFileName() + " could not be opened because of an"
                        + " unexpected error; the log has the details.");
            }
        });
    }

    private record Read(Session session, String sha256) {
    }

    /** The data is shown with its proposed target: choose the session's, whose summary then applies the rest. */
    private void shown() {
        Session session = restoring;
        if (session == null) {
            return;
        }
        DatasetViewModel data = workbench.dataset();
        if (data.datasetProperty().get().column(session.target()).isEmpty()) {
            restoring = null;
            tell(Notice.PROBLEM, "The session's target " + session.target() + " is not a column of "
                    + session.data().getFileName() + " any more; choose the target on the left.");
            return;
        }
        data.targetProperty().set(session.target());
        summarised();
    }

    private void summarised() {
        Session session = restoring;
        TargetSummary summary = workbench.dataset().targetSummaryProperty().get();
        if (session == null || !workbench.dataset().targetReadyProperty().get() || summary == null
                || !summary.column().equals(session.target())) {
            return;
        }
        restoring = null;
        DatasetViewModel data = workbench.dataset();
        List<String> notes = new ArrayList<>();
        session.positiveLabel().ifPresent(positive -> {
            if (data.positiveChoices().contains(positive)) {
                data.positiveProperty().set(positive);
            } else {
                notes.add("the class " + positive + " is not in the target any more");
            }
        });
        for (ColumnRow row : data.columns()) {
            if (!row.isTarget()) {
                row.featureProperty().set(!session.excluded().contains(row.name()));
            }
        }
        List<String> gone = session.excluded().stream()
                .filter(name -> data.columns().stream().noneMatch(row -> row.name().equals(name))).toList();
        if (!gone.isEmpty()) {
            notes.add("the excluded " + String.join(", ", gone) + (gone.size() == 1 ? " is" : " are") + " no column any more");
        }
        workbench.errors().modelRungProperty().set(session.errorsModel());
        workbench.errors().thresholdProperty().set(session.threshold());
        workbench.checklist().restore(session.checks());
        LadderSettings saved = session.settings();
        LadderViewModel ladder = workbench.ladder();
        if (!saved.equals(ladder.settings())) {
            ladder.changeSettings(new LadderSettings(saved.folds(), saved.seed(), saved.cv(),
                    ladder.settings().thresholds()));
            notes.add(String.format(Locale.ROOT, "the ladder climbs with its settings, %d %s folds and seed %d",
                    saved.folds(), saved.cv().id(), saved.seed()));
        }
        String file = session.data().getFileName().toString();
        String extra = notes.isEmpty() ? "" : " Note: " + String.join("; ", notes) + ".";
        if (sameData) {
            workbench.ladder().restoreOverrides(session.overridden());
            tell(Notice.RESTORED, "Session restored on " + file + " (unchanged). Results are not kept in a session:"
                    + " climb again from 0 Sanity; the same data and seed give the same figures." + extra);
        } else {
            tell(Notice.DATA_CHANGED, file + " has changed since the session was saved (its SHA-256 differs). The"
                    + " choices and checklist notes were re-applied; the overrides were not, as they acknowledged"
                    + " findings on the old data. Climb again from 0 Sanity to see figures for the data as it is now."
                    + extra);
        }
    }

    /** The banner's offer: run 0 Sanity now. */
    public void climbAgain() {
        dismiss();
        LadderViewModel ladder = workbench.ladder();
        if (ladder.select(Step.SANITY)) {
            ladder.run(RungId.SANITY);
        }
    }

    public void dismiss() {
        tell(Notice.NONE, "");
    }

    private void tell(Notice kind, String sentence) {
        message.set(sentence);
        notice.set(kind);
    }

    /** What the banner says; empty when it is hidden. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
