package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungClimber;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.ladder.RungId;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitForFigures;
import static dev.ladderbench.app.FxConditions.waitUntil;

/**
 * The set-up many window tests share: a workbench window on credit-g whose rungs a given climber climbs, its
 * target chosen, and rungs climbed as a person climbs them (choose the step, run it, wait for its result).
 */
final class WorkbenchOnCredit {

    private WorkbenchOnCredit() {
    }

    /** Shows the workbench in {@code stage}, opens credit-g and waits until 0 Sanity can run. */
    static WorkbenchViewModel show(FxRobot robot, Stage stage, Path settings, RungClimber climber)
            throws TimeoutException {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings), climber);
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        return model;
    }

    /** Climbs {@code rungs} in order, each shown, run and finished before the next. */
    static void climb(FxRobot robot, WorkbenchViewModel model, RungId... rungs) throws TimeoutException {
        for (RungId id : rungs) {
            robot.interact(() -> model.ladder().select(Step.of(id)));
            robot.interact(model.ladder()::runCurrent);
            waitUntil(() -> model.ladder().rung(id).state() == RungState.DONE && !model.runner().busyProperty().get());
            waitForFigures(robot, model, id);
        }
    }
}
