package dev.ladderbench.app;

import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static dev.ladderbench.app.WorkbenchOnCredit.climb;
import static org.assertj.core.api.Assertions.assertThat;

/** The Checklist step on credit-g with the fixtures' rung results (fake climber). */
class ChecklistWindowTest extends WindowTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel show(FxRobot robot) throws Exception {
        return WorkbenchOnCredit.show(robot, stage, settings, FakeClimber.passing());
    }

    private static String badge(FxRobot robot, String id) {
        return robot.lookup("#checklist-" + id + " .checklist-badge").queryAs(Label.class).getText();
    }

    private static String evidence(WorkbenchViewModel model, String id) {
        return model.checklist().checklistProperty().get().development().stream().filter(i -> i.id().equals(id))
                .findFirst().orElseThrow().evidence();
    }

    @Test
    void theStepUnlocksOnceSanityRanAndSaysWhichRungsItemsWaitFor(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        ToggleButton step = robot.lookup("#step-checklist").queryAs(ToggleButton.class);
        assertThat(step.getTooltip().getText()).isEqualTo("Run 0 Sanity first");
        assertThat(model.ladder().selectable(Step.CHECKLIST)).isFalse();

        climb(robot, model, RungId.SANITY);
        robot.clickOn(step);

        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.CHECKLIST);
        assertThat(badge(robot, "no-target-leakage")).isEqualTo("PASS");
        assertThat(badge(robot, "no-nan-or-inf")).isEqualTo("WARN"); // 30 % of age missing
        assertThat(badge(robot, "beats-dummy")).isEqualTo("MANUAL");
        assertThat(evidence(model, "beats-dummy")).isEqualTo("Not evaluated yet: 2 Linear has not run.");
    }

    @Test
    void theChecklistFollowsTheRungsAndStaleRungsSaySo(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climb(robot, model, RungId.SANITY, RungId.BASELINE, RungId.LINEAR, RungId.FOREST);
        robot.clickOn("#step-checklist");
        assertThat(badge(robot, "beats-dummy")).isEqualTo("PASS");
        assertThat(badge(robot, "train-validation-gap")).isEqualTo("WARN"); // the forest's 0.155
        Screenshots.write(stage.getScene(), "checklist");

        robot.interact(() -> model.dataset().column("age").featureProperty().set(false));

        assertThat(badge(robot, "beats-dummy")).isEqualTo("MANUAL");
        assertThat(evidence(model, "beats-dummy")).isEqualTo(
                "Not evaluated yet: 2 Linear is stale: the settings changed; re-run it.");
        assertThat(evidence(model, "no-target-leakage")).contains("0 Sanity is stale");
    }

    @Test
    void clickingOrPressingEnterOnAnItemShowsTheStepOfItsEvidence(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climb(robot, model, RungId.SANITY, RungId.BASELINE, RungId.LINEAR, RungId.FOREST);
        robot.clickOn("#step-checklist");

        robot.clickOn("#checklist-train-validation-gap");
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.FOREST);

        robot.clickOn("#step-checklist");
        robot.interact(() -> robot.lookup("#checklist-no-target-leakage").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.SANITY);
    }

    @Test
    void aManualItemCanBeTickedAndGivenANote(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climb(robot, model, RungId.SANITY);
        robot.clickOn("#step-checklist");
        robot.interact(() -> robot.lookup("#checklist-test-set-once").query().requestFocus());

        robot.clickOn("#tick-test-set-once");
        robot.clickOn("#note-test-set-once").write("Scored once");

        assertThat(model.checklist().checks()).containsEntry("test-set-once", new ManualCheck(true, "Scored once"));
        assertThat(robot.lookup("#tick-test-set-once").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.CHECKLIST); // ticking is not a jump
    }
}
