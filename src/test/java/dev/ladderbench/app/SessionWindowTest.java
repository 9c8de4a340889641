package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** File > Save session and Open session, driven through the view model (file dialogs cannot run headless). */
class SessionWindowTest extends WindowTest {

    @TempDir
    Path dir;

    /** Climb settings other than the defaults, as chosen in Ladder > Climb settings. */
    private static final LadderSettings CLIMB = new LadderSettings(10, 7, CvScheme.SHUFFLED,
            LadderSettings.defaults().thresholds());

    /** A fresh window whose rung 0 fails with target-leakage, as after a restart. */
    private WorkbenchViewModel window(FxRobot robot) {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")), new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        return model;
    }

    /** Credit with the positive class bad, two columns excluded, 10 folds, rung 0 overridden, a tick and a note. */
    private WorkbenchViewModel choose(FxRobot robot, Path data) throws Exception {
        WorkbenchViewModel model = window(robot);
        openAndWaitForTheLadder(robot, model, data);
        robot.interact(() -> {
            model.dataset().positiveProperty().set("bad");
            model.dataset().column("age").featureProperty().set(false);
            model.dataset().column("duration").featureProperty().set(false);
            model.errors().thresholdProperty().set(0.3);
            model.ladder().changeSettings(CLIMB);
            model.ladder().select(Step.SANITY);
            model.ladder().runCurrent();
        });
        waitUntil(() -> model.ladder().rung(RungId.SANITY).state() == RungState.DONE
                && !model.runner().busyProperty().get());
        robot.interact(() -> {
            model.ladder().continueAnyway();
            model.checklist().tick("test-set-once", true);
            model.checklist().note("test-set-once", "Scored once, on 1 March");
            model.checklist().note("rolling-auc", "Dashboard owned by the risk team");
        });
        return model;
    }

    private static void save(FxRobot robot, WorkbenchViewModel model, Path file) throws Exception {
        robot.interact(() -> model.session().save(file));
        waitUntil(() -> model.session().noticeProperty().get() == SessionViewModel.Notice.SAVED);
    }

    private static void open(FxRobot robot, WorkbenchViewModel model, Path file, SessionViewModel.Notice expected)
            throws Exception {
        robot.interact(() -> model.session().open(file));
        waitUntil(() -> model.session().noticeProperty().get() == expected && !model.runner().busyProperty().get());
    }

    @Test
    void aSessionRoundTripsThroughSaveAndOpen(FxRobot robot) throws Exception {
        Path file = dir.resolve("credit.ladder");
        save(robot, choose(robot, WorkbenchWindowTest.CREDIT), file);

        WorkbenchViewModel reopened = window(robot);
        open(robot, reopened, file, SessionViewModel.Notice.RESTORED);

        assertThat(reopened.dataset().datasetProperty().get().name()).isEqualTo("weka_credit_g.csv");
        assertThat(reopened.dataset().targetProperty().get()).isEqualTo("class");
        assertThat(reopened.dataset().positiveProperty().get()).isEqualTo("bad");
        assertThat(reopened.excludedColumns()).containsExactly("duration", "age");
        assertThat(reopened.ladder().overridden()).containsExactly(RungId.SANITY);
        assertThat(reopened.errors().thresholdProperty().get()).isEqualTo(0.3);
        assertThat(reopened.ladder().settings()).isEqualTo(CLIMB);
        assertThat(reopened.checklist().checks()).containsOnly(
                org.assertj.core.api.Assertions.entry("test-set-once", new ManualCheck(true, "Scored once, on 1 March")),
                org.assertj.core.api.Assertions.entry("rolling-auc",
                        new ManualCheck(false, "Dashboard owned by the risk team")));
        assertThat(reopened.ladder().rung(RungId.SANITY).state()).isEqualTo(RungState.NOT_RUN);
        assertThat(robot.lookup("#session-message").queryAs(Label.class).getText())
                .startsWith("Session restored on weka_credit_g.csv (unchanged).");
        Screenshots.write(stage.getScene(), "session-restored");
    }

    @Test
    void aSessionFileHandedOverByADoubleClickOrADropOpensAsASession(FxRobot robot) throws Exception {
        Path file = dir.resolve("credit.ladder");
        save(robot, choose(robot, WorkbenchWindowTest.CREDIT), file);
        WorkbenchViewModel reopened = window(robot);

        robot.interact(() -> reopened.openDocument(file));
        waitUntil(() -> reopened.session().noticeProperty().get() == SessionViewModel.Notice.RESTORED
                && !reopened.runner().busyProperty().get());

        assertThat(reopened.dataset().positiveProperty().get()).isEqualTo("bad");
        assertThat(reopened.ladder().overridden()).containsExactly(RungId.SANITY);
    }

    @Test
    void aRestoredOverrideAppliesAgainWhenItsRungFailsAgain(FxRobot robot) throws Exception {
        Path file = dir.resolve("credit.ladder");
        save(robot, choose(robot, WorkbenchWindowTest.CREDIT), file);
        WorkbenchViewModel reopened = window(robot);
        open(robot, reopened, file, SessionViewModel.Notice.RESTORED);

        robot.clickOn("#session-climb");
        waitUntil(() -> reopened.ladder().rung(RungId.SANITY).state() == RungState.DONE
                && !reopened.runner().busyProperty().get());

        assertThat(reopened.ladder().rung(RungId.SANITY).failed()).isTrue();
        assertThat(reopened.ladder().overridden()).containsExactly(RungId.SANITY);
        assertThat(reopened.ladder().selectable(Step.BASELINE)).isTrue();
    }

    @Test
    void aChangedDataFileIsSaidPlainlyAndItsOverridesAreDropped(FxRobot robot) throws Exception {
        Path data = dir.resolve("credit.csv");
        Files.copy(WorkbenchWindowTest.CREDIT, data);
        Path file = dir.resolve("credit.ladder");
        save(robot, choose(robot, data), file);
        String lastLine = Files.readAllLines(data).get(Files.readAllLines(data).size() - 1);
        Files.writeString(data, lastLine + "\n", StandardOpenOption.APPEND);

        WorkbenchViewModel reopened = window(robot);
        open(robot, reopened, file, SessionViewModel.Notice.DATA_CHANGED);

        assertThat(reopened.session().messageProperty().get()).startsWith("credit.csv has changed since the session"
                + " was saved (its SHA-256 differs).");
        assertThat(reopened.ladder().overridden()).isEmpty();
        assertThat(reopened.dataset().positiveProperty().get()).isEqualTo("bad");
        assertThat(reopened.checklist().checks()).containsKey("test-set-once");
        Screenshots.write(stage.getScene(), "session-changed");
    }

    @Test
    void aHostileSessionFileGivesOneSentenceAndLeavesTheWindowAsItWas(FxRobot robot) throws Exception {
        WorkbenchViewModel model = window(robot);
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        Path file = dir.resolve("hostile.ladder");
        Files.writeString(file, "{\"schema\":\"ladderbench/session-v1\",\"data\":{\"path\":\"/etc/passwd\",\"sha256\":"
                + "\"<script>\"}}");

        open(robot, model, file, SessionViewModel.Notice.PROBLEM);

        assertThat(model.session().messageProperty().get())
                .isEqualTo("hostile.ladder is not a valid session: data.sha256 is not a SHA-256 in hex; fix that field, or open the data and save the session again.");
        assertThat(model.dataset().datasetProperty().get().name()).isEqualTo("weka_credit_g.csv");
        assertThat(model.ladder().selectable(Step.SANITY)).isTrue();
    }
}
