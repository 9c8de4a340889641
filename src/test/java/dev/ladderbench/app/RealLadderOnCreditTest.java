package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitForFigures;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard on the real core ladder ({@code Ladder.climb}) and the shared credit-g file: every rung runs
 * in the background and shows its figures. Fails until the ladder is implemented (branch ladder-run).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RealLadderOnCreditTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        new WorkbenchWindow(stage, model).show();
    }

    @Test
    void theRealLadderClimbsAllFourRungsOnCredit(FxRobot robot) throws Exception {
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        LadderViewModel ladder = model.ladder();

        for (RungId id : RungId.values()) {
            Rung rung = ladder.rung(id);
            robot.interact(() -> ladder.select(Step.of(id)));
            robot.interact(ladder::runCurrent);
            waitUntil(() -> !model.runner().busyProperty().get()
                    && (rung.state() == RungState.DONE || !rung.problemProperty().get().isEmpty()));
            assertThat(rung.problemProperty().get()).as(id.label() + " ran").isEmpty();
            assertThat(rung.failed()).as(id.label() + " has no fail finding on clean credit-g").isFalse();
        }

        waitForFigures(robot, RungId.FOREST);
        assertThat(robot.lookup("#figure-rows").tryQuery()).isEmpty(); // the forest is shown now, not rung 0
        XYChart<?, ?> folds = robot.lookup("#fold-chart").queryAs(XYChart.class);
        assertThat(folds.getData().get(0).getData()).hasSize(5);
        assertThat(robot.lookup("#importance-chart").tryQuery()).isPresent();
        assertThat(ladder.rung(RungId.LINEAR).currentResult().model().orElseThrow().rocAuc().mean()).isBetween(0.7, 0.85);
        assertThat(ladder.overridden()).isEmpty();
        Screenshots.write(robot.lookup("#rung-forest").query().getScene(), "rung3-real");
    }
}
