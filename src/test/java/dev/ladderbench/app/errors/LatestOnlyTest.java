package dev.ladderbench.app.errors;

import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The Errors step's background analyses hand a failure to the step, out of memory included, instead of only logging it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LatestOnlyTest {

    @Start
    void start(Stage stage) {
        // No window: the toolkit is what delivers on the FX thread.
    }

    @Test
    void anAnalysisThatRunsOutOfMemoryIsHandedToItsFailureCallback(FxRobot robot) throws Exception {
        LatestOnly work = new LatestOnly();
        AtomicReference<Throwable> failed = new AtomicReference<>();

        robot.interact(() -> work.compute(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, result -> { }, failed::set));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> failed.get() != null);
        assertThat(failed.get()).isInstanceOf(OutOfMemoryError.class);
    }
}
