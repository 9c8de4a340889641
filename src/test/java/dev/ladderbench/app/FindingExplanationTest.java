package dev.ladderbench.app;

import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Set;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** F1 on a selected finding opens its explanation: why it matters and how to fix it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FindingExplanationTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings),
                new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        new WorkbenchWindow(stage, model).show();
    }

    @Test
    void f1OnASelectedFindingOpensWhyItMattersAndHowToFixIt(FxRobot robot) throws Exception {
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        robot.interact(() -> model.ladder().select(Step.of(RungId.SANITY)));
        robot.interact(model.ladder()::runCurrent);
        waitUntil(() -> !model.runner().busyProperty().get() && !model.ladder().findings().isEmpty());

        robot.clickOn("#findings .list-cell").type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#finding-help-why").tryQuery().isPresent());

        FindingCode shown = model.ladder().findings().get(0).code();
        assertThat(robot.lookup("#finding-help-why").queryAs(Label.class).getText()).isEqualTo(shown.why());
        assertThat(robot.lookup("#finding-help-fix").queryAs(Label.class).getText()).isEqualTo(shown.fix());
        Screenshots.write(robot.lookup("#finding-help").query().getScene(), "finding-help");
    }
}
