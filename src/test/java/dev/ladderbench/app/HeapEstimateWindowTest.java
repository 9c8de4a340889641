package dev.ladderbench.app;

import dev.ladderbench.core.bench.SyntheticCsv;
import dev.ladderbench.core.data.HeapModel;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window asks the heap model before and after reading a file, in a heap the test pretends is small: a file
 * that will not load is refused in one sentence before anything is read, one whose climb may not fit opens with
 * a note.
 */
class HeapEstimateWindowTest extends WindowTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    private WorkbenchViewModel show(FxRobot robot, HeapModel heap) {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(heap), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")));
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        return model;
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedInOneSentenceAndTheOpenDataStays(FxRobot robot) throws Exception {
        // credit-g (1,000 rows) loads in about 2 MB; 100,000 rows of 20 numbers need over 15 MB.
        WorkbenchViewModel model = show(robot, HeapModel.of(8 * MB, 8 * MB));
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
        Path big = dir.resolve("big.csv");
        SyntheticCsv.write(big, 100_000, 20, 0.02, 7);

        robot.interact(() -> model.open(big));

        waitUntil(() -> robot.lookup("#load-failure").tryQuery().isPresent());
        String sentence = robot.lookup("#load-failure").queryAs(DialogPane.class).getContentText();
        assertThat(sentence).matches("big\\.csv needs about \\d+ MB of memory to load but only 8 MB is available;"
                + " start Ladderbench with more heap, for example java -Xmx1g -jar ladderbench\\.jar, or load a"
                + " smaller file\\.");
        assertThat(model.dataset().datasetProperty().get().name()).isEqualTo("weka_credit_g.csv");
        assertThat(model.titleProperty().get()).endsWith("weka_credit_g.csv");
    }

    @Test
    void aFileWhoseClimbMayNotFitOpensWithANoteAboveTheData(FxRobot robot) throws Exception {
        // Room to read credit-g, but a whole heap of 1 MB is less than its climb needs.
        WorkbenchViewModel model = show(robot, HeapModel.of(MB, 64 * MB));

        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);

        assertThat(model.notices()).singleElement().asString()
                .startsWith("weka_credit_g.csv is open, but climbing the ladder on it may run out of memory:"
                        + " with the data it needs about ")
                .contains("more than the 1 MB Java may use (-Xmx); start Ladderbench with more heap, for example"
                        + " java -Xmx1g -jar ladderbench.jar");
        assertThat(robot.lookup(".notice-banner").query().isVisible()).isTrue();
        assertThat(model.ladder().rung(dev.ladderbench.core.ladder.RungId.SANITY).unlockedProperty().get()).isTrue();
        Screenshots.write(stage.getScene(), "climb-may-not-fit");
    }
}
