package dev.ladderbench.app;

import dev.ladderbench.core.ladder.RungId;
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

    /** Opens {@code file} as File > Open would and waits until its target is chosen and 0 Sanity can run. */
    static void openAndWaitForTheLadder(FxRobot robot, WorkbenchViewModel model, Path file) throws TimeoutException {
        robot.interact(() -> model.open(file));
        waitUntil(() -> !model.runner().busyProperty().get() && model.ladder().rung(RungId.SANITY).unlockedProperty().get());
    }
}
