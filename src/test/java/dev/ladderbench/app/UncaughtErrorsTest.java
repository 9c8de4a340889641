package dev.ladderbench.app;

import dev.ladderbench.core.LogFiles;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** An exception nothing caught is logged once and shown in one dialog, and the window goes on working. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {

    @TempDir
    static Path dir;

    private Thread.UncaughtExceptionHandler before;
    private Stage stage;
    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty(LogFiles.DIRECTORY_PROPERTY, dir.resolve("logs").toString());
        LogFiles.install();
        before = Thread.getDefaultUncaughtExceptionHandler();
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")), new FakeClimber(LadderFixtures.sanity(false), Set.of()));
        new WorkbenchWindow(stage, model).show();
        new UncaughtErrors(() -> stage).install();
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F9) {
                throw new IllegalStateException("A key handler failed");
            }
        });
    }

    @AfterEach
    void restoreTheHandlersAndTheTestLogging() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null)).get();
        System.clearProperty(LogFiles.DIRECTORY_PROPERTY);
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void anExceptionInAnEventHandlerShowsOneDialogLogsOnceAndLeavesTheWindowWorking(FxRobot robot) throws Exception {
        robot.clickOn(stage.getScene().getRoot());
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.F9); // a burst of the same failure
        }
        waitUntil(() -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#crash-dialog").queryAll()).hasSize(1);
        assertThat(robot.lookup("#crash-dialog").queryAs(DialogPane.class).getContentText())
                .contains("unexpected error", dir.resolve("logs").toString());
        robot.clickOn("#copy-details");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Ladderbench ", "OS: ", "Java: ", "Thread: JavaFX Application Thread",
                "java.lang.IllegalStateException: A key handler failed", "at dev.ladderbench.app.UncaughtErrorsTest");
        Screenshots.write(robot.lookup("#crash-dialog").queryAs(DialogPane.class).getScene(), "crash-dialog");
        assertThat(occurrences(log(), "java.lang.IllegalStateException: A key handler failed\n")).isEqualTo(1);

        close(robot);
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        assertThat(model.dataset().targetProperty().get()).isEqualTo("class");
    }

    @Test
    void anExceptionOnABackgroundThreadShowsTheDialogAndIsLogged(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("A background thread failed");
        }, "test-worker");
        worker.start();
        worker.join();
        waitUntil(() -> robot.lookup("#crash-dialog").tryQuery().isPresent());

        robot.clickOn("#copy-details");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Thread: test-worker", "java.lang.IllegalArgumentException: A background thread failed");
        String log = log();
        assertThat(log).contains("Uncaught exception in thread test-worker");
        assertThat(occurrences(log, "java.lang.IllegalArgumentException: A background thread failed\n")).isEqualTo(1);

        close(robot);
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        assertThat(model.dataset().datasetProperty().get().name()).isEqualTo("weka_credit_g.csv");
    }

    private static void close(FxRobot robot) throws Exception {
        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CLOSE)).fire());
        waitUntil(() -> robot.lookup("#crash-dialog").tryQuery().isEmpty());
    }

    private static String log() throws IOException {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        return Files.readString(dir.resolve("logs").resolve("ladderbench.log.0"), StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
