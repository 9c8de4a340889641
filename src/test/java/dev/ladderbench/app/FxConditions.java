package dev.ladderbench.app;

import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waits for conditions on JavaFX state, reading that state on the FX thread where it lives. */
final class FxConditions {

    private FxConditions() {
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until a rung's figures are all shown: its charts come one section a frame after the result, the last
     * one named here.
     */
    static void waitForFigures(FxRobot robot, RungId rung) throws TimeoutException {
        String last = switch (rung) {
            case SANITY -> "#range-table";
            case BASELINE -> "#fold-chart";
            case LINEAR -> "#coefficient-chart";
            case FOREST -> "#importance-chart";
        };
        waitUntil(() -> robot.lookup("#rung-" + rung.id() + " " + last).tryQuery().isPresent());
    }

    /** As {@link #waitForFigures(FxRobot, RungId)} once the rung is done, unless it was skipped (no figures then). */
    static void waitForFigures(FxRobot robot, WorkbenchViewModel model, RungId rung) throws TimeoutException {
        RungResult result = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> model.ladder().rung(rung).currentResult());
        if (result != null && result.skippedBecause().isEmpty()) {
            waitForFigures(robot, rung);
        }
    }

    /**
     * Waits until the data preview has its columns (a frame after the file) and it and the column list have
     * grown into their space (a few rows a frame).
     */
    static void waitForDataTables(FxRobot robot) throws TimeoutException {
        waitUntil(() -> {
            TableView<?> preview = robot.lookup(".data-preview").queryAs(TableView.class);
            TableView<?> columns = robot.lookup(".column-table").queryAs(TableView.class);
            return !preview.getColumns().isEmpty() && preview.getMaxHeight() == Region.USE_COMPUTED_SIZE
                    && columns.getMaxHeight() == Region.USE_COMPUTED_SIZE;
        });
    }

    /** Opens {@code file} as File > Open would and waits until its target is chosen and 0 Sanity can run. */
    static void openAndWaitForTheLadder(FxRobot robot, WorkbenchViewModel model, Path file) throws TimeoutException {
        robot.interact(() -> model.open(file));
        waitUntil(() -> !model.runner().busyProperty().get() && model.ladder().rung(RungId.SANITY).unlockedProperty().get());
    }
}
