package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Ladder > Climb settings: folds, fold scheme and seed chosen in the window reach the rungs and make old results stale. */
class ClimbSettingsWindowTest extends WindowTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel show(FxRobot robot, FakeClimber climber) throws Exception {
        return WorkbenchOnCredit.show(robot, stage, settings, climber);
    }

    private static void climb(FxRobot robot, WorkbenchViewModel model, RungId rung) throws Exception {
        robot.clickOn("#step-" + rung.name().toLowerCase());
        waitUntil(() -> model.ladder().stepProperty().get().rung().orElse(null) == rung);
        robot.clickOn("#run-" + rung.id());
        waitUntil(() -> model.ladder().rung(rung).state() == RungState.DONE && !model.runner().busyProperty().get());
    }

    @Test
    void orderedFoldsChosenInTheDialogMakeTheClimbedRungsStaleAndReachTheNextRun(FxRobot robot) throws Exception {
        FakeClimber climber = FakeClimber.passing();
        WorkbenchViewModel model = show(robot, climber);
        climb(robot, model, RungId.SANITY);
        climb(robot, model, RungId.BASELINE);
        assertThat(robot.lookup("#rung-baseline .climb-settings-link").queryAs(Hyperlink.class).getText())
                .isEqualTo("5 shuffled folds, seed 42");

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#climb-settings").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#settings-folds .text-field").queryAs(TextField.class).setText("3");
            robot.lookup("#settings-ordered").queryAs(RadioButton.class).setSelected(true);
        });
        Screenshots.write(robot.lookup("#climb-settings").query().getScene(), "climb-settings");
        robot.clickOn("OK");

        assertThat(model.ladder().settings()).isEqualTo(
                new LadderSettings(3, 42, CvScheme.ORDERED, LadderSettings.defaults().thresholds()));
        assertThat(model.ladder().rung(RungId.SANITY).state()).isEqualTo(RungState.STALE);
        assertThat(model.ladder().rung(RungId.BASELINE).state()).isEqualTo(RungState.STALE);
        assertThat(robot.lookup("#rung-baseline .climb-settings-link").queryAs(Hyperlink.class).getText())
                .isEqualTo("3 ordered folds, seed 42");

        climb(robot, model, RungId.SANITY);
        climb(robot, model, RungId.BASELINE);
        assertThat(climber.requests.get(climber.requests.size() - 1).settings().folds()).isEqualTo(3);
        assertThat(climber.requests.get(climber.requests.size() - 1).settings().cv()).isEqualTo(CvScheme.ORDERED);
    }

    @Test
    void theSampleSizeChosenInTheDialogReachesTheNextRun(FxRobot robot) throws Exception {
        FakeClimber climber = FakeClimber.passing();
        WorkbenchViewModel model = show(robot, climber);

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#climb-settings").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settings-sample-rows").queryAs(TextField.class).setText("500"));
        robot.clickOn("OK");
        climb(robot, model, RungId.SANITY);

        assertThat(model.ladder().settings().sampleRows()).isEqualTo(500);
        assertThat(climber.requests.get(climber.requests.size() - 1).settings().sampleRows()).isEqualTo(500);
    }

    @Test
    void cancelLeavesTheSettingsAndTheResultsAlone(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot, FakeClimber.passing());
        climb(robot, model, RungId.SANITY);

        robot.clickOn("Ladder");
        robot.clickOn("Climb settings…");
        waitUntil(() -> robot.lookup("#climb-settings").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settings-seed").queryAs(TextField.class).setText("7"));
        robot.clickOn("Cancel");

        assertThat(model.ladder().settings()).isEqualTo(LadderSettings.defaults());
        assertThat(model.ladder().rung(RungId.SANITY).state()).isEqualTo(RungState.DONE);
    }

    @Test
    void restoreDefaultsShowsTheDefaultsWithoutClosing(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot, FakeClimber.passing());
        robot.interact(() -> model.ladder().changeSettings(new LadderSettings(10, 7, CvScheme.SHUFFLED,
                LadderSettings.defaults().thresholds())));

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#climb-settings").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-seed").queryAs(TextField.class).getText()).isEqualTo("7");
        robot.clickOn("Restore defaults");
        assertThat(robot.lookup("#settings-seed").queryAs(TextField.class).getText()).isEqualTo("42");
        robot.clickOn("OK");

        assertThat(model.ladder().settings()).isEqualTo(LadderSettings.defaults());
    }
}
