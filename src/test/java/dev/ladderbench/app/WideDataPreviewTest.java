package dev.ladderbench.app;

import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wide, long file in the data preview: what keeps opening it from freezing the window is structure (the
 * rows come a few a frame, only those in view have nodes), so that is what is checked here (the timings are
 * FxResponsivenessBenchmark's).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WideDataPreviewTest {

    private static final int ROWS = 1_000_000;
    private static final int COLUMNS = 40;
    private static final double HEIGHT = 400;

    private final StackPane window = new StackPane();
    private DataPreview preview;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        stage.setScene(new Scene(window, 800, HEIGHT));
        stage.show();
    }

    /** Shows a new preview of the wide file, as the window does when a file opens. */
    private void open() {
        preview = new DataPreview(wide());
        window.getChildren().setAll(preview);
    }

    @Test
    void theColumnsComeAFrameAfterTheFileInFileOrder(FxRobot robot) throws TimeoutException {
        int[] atOnce = new int[1];
        robot.interact(() -> {
            open();
            atOnce[0] = preview.getColumns().size();
        });
        FxConditions.waitUntil(() -> preview.getColumns().size() == COLUMNS + 1);

        assertThat(atOnce[0]).isZero();
        assertThat(preview.getColumns().stream().map(TableColumn::getText).toList())
                .isEqualTo(IntStream.rangeClosed(0, COLUMNS).mapToObj(i -> i == 0 ? "line" : "f" + i).toList());
    }

    @Test
    void theRowsComeAFewAFrameUntilTheyFillTheTable(FxRobot robot) throws TimeoutException {
        List<Double> caps = new ArrayList<>();
        robot.interact(() -> {
            open();
            preview.maxHeightProperty().addListener((observable, previous, cap) -> caps.add(cap.doubleValue()));
        });
        FxConditions.waitUntil(() -> caps.size() > 1 && caps.get(caps.size() - 1) == Region.USE_COMPUTED_SIZE);

        List<Double> raised = caps.subList(0, caps.size() - 1);
        assertThat(raised.get(0)).isLessThan(2 * 28); // the headers alone at first
        assertThat(raised).hasSizeGreaterThan(3).isSorted();
        assertThat(rowsWithNodes(robot)).isGreaterThanOrEqualTo((long) Math.floor(HEIGHT / 28) - 2);
    }

    @Test
    void onlyTheRowsInViewHaveNodes(FxRobot robot) throws TimeoutException {
        robot.interact(this::open);
        FxConditions.waitUntil(() -> !preview.getColumns().isEmpty() && preview.getMaxHeight() == Region.USE_COMPUTED_SIZE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowsWithNodes(robot)).isPositive().isLessThanOrEqualTo((long) Math.ceil(HEIGHT / 28) + 3);
    }

    private static long rowsWithNodes(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAll().stream().filter(node -> node instanceof TableRow<?>).count();
    }

    private static Dataset wide() {
        double[] values = new double[ROWS];
        List<Column> columns = IntStream.rangeClosed(1, COLUMNS)
                .<Column>mapToObj(i -> new NumericColumn("f" + i, values)).toList();
        return new Dataset(Path.of("wide.csv"), columns, null);
    }
}
