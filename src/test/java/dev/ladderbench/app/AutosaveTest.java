package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.session.Session;
import dev.ladderbench.core.session.SessionFiles;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The session is autosaved while the window runs, offered back after a crash, and gone after a clean exit. */
class AutosaveTest extends WindowTest {

    @TempDir
    Path dir;

    private record Window(WorkbenchViewModel model, Autosave autosave, Stage stage) {
    }

    /** The process of the window that crashes, and of the one started after it. */
    private static final long CRASHED = 101;
    private static final long NEXT = 202;

    /**
     * A window as WorkbenchApp starts one, with the state folder in the test's directory, as process {@code pid}
     * of which only {@code running} run (every window of the test runs in this one process).
     */
    private Window window(FxRobot robot, Stage on, long pid, Set<Long> running) {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")), new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        Autosave autosave = new Autosave(model, dir.resolve("state"), pid, running::contains);
        robot.interact(() -> {
            new WorkbenchWindow(on, model).show();
            RestoreOffer.show(on, autosave);
        });
        return new Window(model, autosave, on);
    }

    private static Stage newStage() throws Exception {
        return WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get();
    }

    /** The autosaved session, once there is one. */
    private Optional<Session> autosavedSession() {
        try {
            return Files.isRegularFile(autosaved()) ? Optional.of(SessionFiles.read(autosaved())) : Optional.empty();
        } catch (InvalidInputException e) {
            throw new AssertionError("The autosave is not a valid session", e);
        }
    }

    /** The crashed window's autosave. */
    private Path autosaved() {
        return Autosave.fileOf(dir.resolve("state"), CRASHED);
    }

    @Test
    void afterACrashTheNextWindowOffersTheSessionBackAndRestoresIt(FxRobot robot) throws Exception {
        WorkbenchViewModel before = window(robot, stage, CRASHED, Set.of()).model();
        openAndWaitForTheLadder(robot, before, WorkbenchWindowTest.CREDIT);
        robot.interact(() -> {
            before.dataset().positiveProperty().set("bad");
            before.dataset().column("age").featureProperty().set(false);
            before.errors().thresholdProperty().set(0.3);
            before.ladder().select(Step.SANITY);
            before.ladder().runCurrent();
        });
        waitUntil(() -> before.ladder().rung(RungId.SANITY).state() == RungState.DONE && !before.runner().busyProperty().get());
        robot.interact(() -> {
            before.ladder().continueAnyway();
            before.checklist().tick("test-set-once", true);
            before.checklist().note("rolling-auc", "Dashboard owned by the risk team");
        });
        waitUntil(() -> autosavedSession().map(saved -> saved.checks().containsKey("rolling-auc")).orElse(false));

        // The crash: the first window never closes cleanly, and a new one starts on the same state folder.
        Stage next = newStage();
        Window after = window(robot, next, NEXT, Set.of(NEXT));
        waitUntil(() -> robot.lookup("#restore-offer").tryQuery().isPresent());
        assertThat(after.autosave().leftOver()).contains(autosaved());
        Screenshots.write(robot.lookup("#restore-offer").queryAs(DialogPane.class).getScene(), "restore-offer");
        robot.interact(() -> ((Button) robot.lookup("#restore-offer").queryAs(DialogPane.class)
                .lookupButton(RestoreOffer.RESTORE)).fire());
        WorkbenchViewModel restored = after.model();
        waitUntil(() -> restored.session().noticeProperty().get() == SessionViewModel.Notice.RESTORED
                && !restored.runner().busyProperty().get());

        assertThat(restored.dataset().datasetProperty().get().name()).isEqualTo("weka_credit_g.csv");
        assertThat(restored.dataset().targetProperty().get()).isEqualTo("class");
        assertThat(restored.dataset().positiveProperty().get()).isEqualTo("bad");
        assertThat(restored.excludedColumns()).containsExactly("age");
        assertThat(restored.errors().thresholdProperty().get()).isEqualTo(0.3);
        assertThat(restored.ladder().overridden()).containsExactly(RungId.SANITY);
        assertThat(autosaved()).as("taken over by the new window").doesNotExist();
        assertThat(Autosave.fileOf(dir.resolve("state"), NEXT)).exists();
        assertThat(restored.checklist().checks()).containsOnly(entry("test-set-once", new ManualCheck(true, "")),
                entry("rolling-auc", new ManualCheck(false, "Dashboard owned by the risk team")));
        robot.interact(next::close);
    }

    @Test
    void aCleanExitLeavesNothingToRestore(FxRobot robot) throws Exception {
        Window first = window(robot, stage, CRASHED, Set.of());
        openAndWaitForTheLadder(robot, first.model(), WorkbenchWindowTest.CREDIT);
        robot.interact(() -> first.model().errors().thresholdProperty().set(0.4));
        waitUntil(() -> autosavedSession().map(saved -> saved.threshold() == 0.4).orElse(false));

        robot.interact(() -> first.autosave().stop());

        assertThat(autosaved()).doesNotExist();
        Stage next = newStage();
        Window second = window(robot, next, NEXT, Set.of(NEXT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.autosave().leftOver()).isEmpty();
        assertThat(robot.lookup("#restore-offer").tryQuery()).isEmpty();
        robot.interact(next::close);
    }

    @Test
    void discardingTheOfferForgetsTheLeftOverSession(FxRobot robot) throws Exception {
        Files.createDirectories(dir.resolve("state"));
        Session left = SessionFiles.read(writeASession(robot));
        assertThat(left.target()).isEqualTo("class");

        Window window = window(robot, stage, NEXT, Set.of(NEXT));
        waitUntil(() -> robot.lookup("#restore-offer").tryQuery().isPresent());
        robot.interact(() -> ((Button) robot.lookup("#restore-offer").queryAs(DialogPane.class)
                .lookupButton(RestoreOffer.DISCARD)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(autosaved()).doesNotExist();
        assertThat(window.autosave().leftOver()).isEmpty();
        assertThat(window.model().dataset().datasetProperty().get()).isNull();
    }

    @Test
    void theAutosaveOfAnInstanceStillRunningIsNotOffered(FxRobot robot) throws Exception {
        writeASession(robot);

        Window window = window(robot, stage, NEXT, Set.of(CRASHED, NEXT));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.autosave().leftOver()).isEmpty();
        assertThat(robot.lookup("#restore-offer").tryQuery()).isEmpty();
        assertThat(autosaved()).exists();
    }

    /** Leaves an autosave behind as a crashed window would, from a window of its own that is then dropped. */
    private Path writeASession(FxRobot robot) throws Exception {
        Stage other = newStage();
        Window crashed = window(robot, other, CRASHED, Set.of(CRASHED));
        openAndWaitForTheLadder(robot, crashed.model(), WorkbenchWindowTest.CREDIT);
        waitUntil(() -> Files.isRegularFile(autosaved()));
        robot.interact(other::close);
        return autosaved();
    }
}
