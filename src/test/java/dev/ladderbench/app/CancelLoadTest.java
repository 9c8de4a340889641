package dev.ladderbench.app;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancel stops a load that would otherwise never end, and the window goes back to idle. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CancelLoadTest {

    @TempDir
    Path settings;

    private final CountDownLatch loaderStopped = new CountDownLatch(1);
    private WorkbenchViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
        DatasetLoader endless = (file, options, progress, cancel) -> {
            try {
                for (long line = 1; ; line++) {
                    cancel.throwIfCancelled();
                    progress.progress(Math.min(0.9, line / 5000.0), "Reading line " + line);
                    LockSupport.parkNanos(1_000_000); // a slow disk
                }
            } finally {
                loaderStopped.countDown();
            }
        };
        model = new WorkbenchViewModel(endless, WorkRunner.background(), RecentFiles.in(settings));
        new WorkbenchWindow(stage, model).show();
    }

    @Test
    void cancellingASlowLoadStopsTheLoaderAndReturnsTheWindowToIdle(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(settings.resolve("huge.csv")));
        waitUntil(() -> model.statusProperty().get().startsWith("Reading line"));
        Button cancel = robot.lookup("#cancel").queryButton();
        assertThat(cancel.isVisible()).isTrue();
        Screenshots.write(stage.getScene(), "loading");

        robot.clickOn(cancel);

        assertThat(loaderStopped.await(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> !model.runner().busyProperty().get());
        assertThat(cancel.isVisible()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("No file open");
        assertThat(model.loadedProperty().get()).isNull();
        assertThat(model.recentFiles()).isEmpty();
    }
}
