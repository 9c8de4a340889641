package dev.ladderbench.app;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitForDataTables;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up rehearsal of a first file: in an idle window it builds every view and leaves nothing behind;
 * a file opened during it is shown alone, and the rehearsal still ends, leaving nothing behind.
 */
class RehearsalTest extends WindowTest {

    @TempDir
    Path dir;

    private WorkbenchWindow show(FxRobot robot) {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")));
        CompletableFuture<WorkbenchWindow> window = new CompletableFuture<>();
        robot.interact(() -> {
            WorkbenchWindow shown = new WorkbenchWindow(stage, model);
            shown.show();
            window.complete(shown);
        });
        return window.join();
    }

    private static CompletableFuture<Boolean> rehearse(FxRobot robot, WorkbenchWindow window) {
        CompletableFuture<Boolean> rehearsal = new CompletableFuture<>();
        robot.interact(() -> window.rehearseFirstFile().thenAccept(rehearsal::complete));
        return rehearsal;
    }

    @Test
    void anIdleWindowRehearsesEveryViewAndKeepsOnlyItsOwn(FxRobot robot) throws Exception {
        WorkbenchWindow window = show(robot);

        assertThat(rehearse(robot, window).get(1, TimeUnit.MINUTES)).as("rehearsed to the end").isTrue();

        assertThat(robot.lookup(".rung-figures").queryAll()).isEmpty();
        assertThat(robot.lookup(".data-preview").queryAll()).as("a preview before a file").isEmpty();
        assertThat(robot.lookup(".column-table").queryAllAs(TableView.class)).singleElement()
                .satisfies(empty -> assertThat(empty.getItems()).isEmpty());
        assertThat(robot.lookup(".welcome").query().isVisible()).isTrue();
    }

    @Test
    void aFileOpenedDuringTheRehearsalIsShownAloneAndTheRehearsalStillEnds(FxRobot robot) throws Exception {
        WorkbenchWindow window = show(robot);
        CompletableFuture<Boolean> rehearsal = rehearse(robot, window);
        waitUntil(() -> robot.lookup(".data-preview").queryAll().size() == 1); // the rehearsal's hidden preview is up

        openAndWaitForTheLadder(robot, window.model(), WorkbenchWindowTest.CREDIT);

        assertThat(rehearsal.get(1, TimeUnit.MINUTES)).as("rehearsed to the end").isTrue();
        waitForDataTables(robot);
        assertThat(robot.lookup(".rung-figures").queryAll()).isEmpty();
        assertThat(robot.lookup(".data-preview").queryAllAs(TableView.class)).singleElement()
                .satisfies(preview -> assertThat(preview.getItems()).hasSize(1000));
        assertThat(robot.lookup(".column-table").queryAllAs(TableView.class)).singleElement()
                .satisfies(columns -> assertThat(columns.getItems()).hasSize(21));
    }
}
