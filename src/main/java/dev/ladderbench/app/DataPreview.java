package dev.ladderbench.app;

import atlantafx.base.theme.Styles;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the dataset in a virtualised table: items are row indices and cells read the columnar
 * dataset, so only the visible rows' cells exist. A first column gives the line of the source file.
 * <p>
 * JavaFX 21 virtualises rows but not columns: every row holds a styled cell for every column, in view or
 * not, and styling a screenful of rows across twenty columns in one frame froze the window for most of a
 * second when a file opened. So the rows come a few per frame (see {@link RowsByPulse}).
 */
final class DataPreview extends TableView<Integer> {

    private static final double ROW_HEIGHT = 28;
    private static final int SAMPLED_ROWS = 200;
    private static final double CHARACTER_WIDTH = 7.5;

    DataPreview(Dataset dataset) {
        getStyleClass().addAll("data-preview", Styles.DENSE, Styles.STRIPED);
        setFixedCellSize(ROW_HEIGHT); // lets the table skip measuring rows: smooth over a million of them
        setPlaceholder(new Label("The file has no rows."));
        setItems(FXCollections.observableList(new RowIndexList(dataset.rowCount())));
        List<TableColumn<Integer, String>> columns = new ArrayList<>();
        columns.add(lineColumn(dataset));
        for (Column column : dataset.columns()) {
            columns.add(valueColumn(column));
        }
        new ColumnsLater(columns, RowsByPulse.of(this, 0)).start();
    }

    /**
     * Puts the columns in once the file's first frame has passed and the column list has grown into its room, then
     * lets the rows come: the headers and first row cost about as much as the column list's first rows, and cold,
     * in the same frame, the two took 64-70 ms of the FX thread (apart, at most about 50).
     */
    private final class ColumnsLater extends AnimationTimer {

        private final List<TableColumn<Integer, String>> columns;
        private final RowsByPulse rows;
        private boolean filesFrame = true;

        ColumnsLater(List<TableColumn<Integer, String>> columns, RowsByPulse rows) {
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public void handle(long now) {
            if (filesFrame) { // a timer started now is first called in the coming pulse, before its layout
                filesFrame = false;
                return;
            }
            if (RowsByPulse.anyGrowing()) {
                return;
            }
            stop();
            getColumns().setAll(columns);
            rows.restart();
        }
    }

    private static TableColumn<Integer, String> lineColumn(Dataset dataset) {
        TableColumn<Integer, String> line = new TableColumn<>("line");
        line.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Integer.toString(dataset.lineNumber(cell.getValue()))));
        line.getStyleClass().addAll("line-column", "numeric-column");
        line.setSortable(false);
        line.setReorderable(false);
        line.setPrefWidth(64);
        return line;
    }

    private static TableColumn<Integer, String> valueColumn(Column column) {
        TableColumn<Integer, String> values = new TableColumn<>(column.name());
        values.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.text(cell.getValue())));
        values.setCellFactory(c -> new PreviewCell());
        if (column instanceof NumericColumn) {
            values.getStyleClass().add("numeric-column");
        }
        // The items are a computed list of indices in file order; sorting would have to copy them.
        values.setSortable(false);
        values.setPrefWidth(widthFor(column));
        return values;
    }

    /** Fits the header and the first rows' cells, within bounds; measuring every row would defeat virtualisation. */
    private static double widthFor(Column column) {
        int longest = column.name().length() + 2; // room for the bold header
        for (int row = 0; row < Math.min(SAMPLED_ROWS, column.size()); row++) {
            longest = Math.max(longest, column.text(row).length());
        }
        return Math.max(70, Math.min(260, CHARACTER_WIDTH * longest + 24));
    }

    /** Shows a missing cell as a faint dash, so it reads differently from a value. */
    private static final class PreviewCell extends TableCell<Integer, String> {

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean missing = !empty && text != null && text.isEmpty();
            getStyleClass().remove("missing");
            if (missing) {
                getStyleClass().add("missing");
            }
            setText(empty || text == null ? null : missing ? "—" : text);
        }
    }
}
