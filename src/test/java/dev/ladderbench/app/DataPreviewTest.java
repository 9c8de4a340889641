package dev.ladderbench.app;

import dev.ladderbench.core.data.CategoricalColumn;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The data preview over a million rows built in memory: row indices as items, cells read from columns. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DataPreviewTest {

    private static final int ROWS = 1_000_000;

    private DataPreview preview;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        double[] amounts = new double[ROWS];
        Arrays.setAll(amounts, row -> row * 0.5);
        int[] colours = new int[ROWS];
        Arrays.setAll(colours, row -> row % 3 == 2 ? CategoricalColumn.MISSING : row % 3);
        Dataset million = new Dataset(Path.of("million.csv"), List.of(new NumericColumn("amount", amounts),
                new CategoricalColumn("colour", colours, List.of("red", "blue"))), null);
        preview = new DataPreview(million);
        stage.setScene(new Scene(preview, 600, 400));
        stage.show();
    }

    @Test
    void itemsAreAComputedListOfRowIndices() {
        assertThat(preview.getItems()).hasSize(ROWS);
        assertThat(preview.getItems().get(ROWS - 1)).isEqualTo(ROWS - 1);
        assertThat(preview.getItems().indexOf(ROWS - 1)).isEqualTo(ROWS - 1);
    }

    @Test
    void theLastRowShowsItsLineAndValues(FxRobot robot) {
        robot.interact(() -> preview.scrollTo(ROWS - 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellTexts(robot, ROWS - 1)).containsExactly("1000001", "499999.5", "red");
    }

    @Test
    void missingCellsShowAFaintDash(FxRobot robot) {
        TableCell<?, ?> missing = cells(robot, 2).get(2);

        assertThat(missing.getText()).isEqualTo("—");
        assertThat(missing.getStyleClass()).contains("missing");
    }

    @Test
    void numericColumnsAreRightAligned() {
        assertThat(preview.getColumns().get(1).getStyleClass()).contains("numeric-column");
        assertThat(preview.getColumns().get(2).getStyleClass()).doesNotContain("numeric-column");
    }

    private static List<String> cellTexts(FxRobot robot, int row) {
        return cells(robot, row).stream().map(TableCell::getText).toList();
    }

    /** The row's cells, left to right, among those the table has rendered. */
    private static List<TableCell<?, ?>> cells(FxRobot robot, int row) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(node -> node instanceof TableCell<?, ?> cell && cell.getIndex() == row && cell.isVisible())
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .sorted(Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getX()))
                .toList();
    }
}
