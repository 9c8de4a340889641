package dev.ladderbench.app;

import dev.ladderbench.core.CancellationToken;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The runner needs the FX toolkit (its callbacks run on the FX thread), hence the UI tag. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkRunnerTest {

    private final List<Object> delivered = new ArrayList<>();

    @Start
    void start(Stage stage) {
        // no window: the extension only starts the toolkit
    }

    @Test
    void theSynchronousRunnerDeliversTheResultBeforeRunReturns(FxRobot robot) {
        WorkRunner runner = WorkRunner.synchronous();

        robot.interact(() -> {
            runner.run("Adding", (progress, cancel) -> 1 + 1, delivered::add, delivered::add);
            assertThat(delivered).containsExactly(2);
            assertThat(runner.busyProperty().get()).isFalse();
        });
    }

    @Test
    void aFailureReachesTheFailureCallback(FxRobot robot) {
        WorkRunner runner = WorkRunner.synchronous();
        IllegalStateException failure = new IllegalStateException("broken");

        robot.interact(() -> runner.run("Failing", (progress, cancel) -> {
            throw failure;
        }, delivered::add, delivered::add));

        assertThat(delivered).containsExactly(failure);
    }

    @Test
    void progressAndMessageShowWhileTheWorkRuns(FxRobot robot) throws Exception {
        WorkRunner runner = WorkRunner.background();
        CountDownLatch release = new CountDownLatch(1);

        robot.interact(() -> runner.run("Waiting", (progress, cancel) -> {
            progress.progress(0.25, "A quarter done");
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }, delivered::add, delivered::add));

        waitUntil(() -> runner.progressProperty().get() == 0.25
                && runner.messageProperty().get().equals("A quarter done"));
        release.countDown();
        waitUntil(() -> !runner.busyProperty().get());
        assertThat(delivered).containsExactly("done");
    }

    @Test
    void startingNewWorkCancelsTheCurrentAndDropsItsResult(FxRobot robot) throws Exception {
        WorkRunner runner = WorkRunner.background();
        AtomicReference<CancellationToken> firstToken = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);

        robot.interact(() -> runner.run("First", (progress, cancel) -> {
            firstToken.set(cancel);
            started.countDown();
            while (!cancel.isCancelled()) {
                Thread.onSpinWait();
            }
            return "first"; // work that ignores the token's exception still has its result dropped
        }, delivered::add, delivered::add));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> runner.run("Second", (progress, cancel) -> "second", delivered::add, delivered::add));

        waitUntil(() -> !runner.busyProperty().get() && !delivered.isEmpty());
        assertThat(firstToken.get().isCancelled()).isTrue();
        assertThat(delivered).containsExactly("second");
    }
}
