package dev.ladderbench.app;

import dev.ladderbench.core.ladder.RungId;
import javafx.scene.Node;
import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Charts as images: the context menu on a chart, and every chart of a step exported at twice its size. */
class ChartImagesTest extends WindowTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel climbToLinear(FxRobot robot) throws Exception {
        WorkbenchViewModel model = WorkbenchOnCredit.show(robot, stage, dir.resolve("settings"), FakeClimber.passing());
        WorkbenchOnCredit.climb(robot, model, RungId.SANITY, RungId.BASELINE, RungId.LINEAR);
        return model;
    }

    @Test
    void exportingAllChartsWritesEachVisibleChartAtTwiceItsSize(FxRobot robot) throws Exception {
        climbToLinear(robot);
        Path folder = dir.resolve("charts");
        AtomicInteger written = new AtomicInteger(-1);

        robot.interact(() -> ChartImages.exportAll(stage.getScene().getRoot(), folder, sentence -> { },
                written::set));
        waitUntil(() -> written.get() >= 0);

        Node foldChart = robot.lookup("#rung-linear #fold-chart").query();
        assertThat(written.get()).isEqualTo(2);
        assertThat(folder.resolve("fold-chart.png")).exists();
        assertThat(folder.resolve("coefficient-chart.png")).exists();
        BufferedImage image = ImageIO.read(folder.resolve("fold-chart.png").toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(foldChart.getLayoutBounds().getWidth() * 2));
        assertThat(Files.list(folder)).hasSize(2); // nothing half-written left behind
    }

    @Test
    void aRightClickOnAChartOffersSaveAsPngAndCopy(FxRobot robot) throws Exception {
        climbToLinear(robot);

        Node chart = robot.lookup("#rung-linear #fold-chart").query();
        // Monocle's headless robot sends no context-menu request for a right click, so the request is fired as the
        // platform would fire it.
        robot.interact(() -> {
            Point2D at = chart.localToScreen(40, 40);
            chart.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 40, at.getX(), at.getY(),
                    false, new PickResult(chart, 40, 40)));
        });
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());

        assertThat(robot.lookup(".context-menu .menu-item .label").queryAll())
                .extracting(n -> ((javafx.scene.control.Label) n).getText()).containsExactly("Save as PNG…", "Copy");
    }
}
