package dev.ladderbench.app;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/**
 * The column list: name, kind, missing and distinct counts, a summary, and a "feature" checkbox per column.
 * Its rows have one fixed height, so the table styles only the rows in view instead of measuring every row
 * when a file opens, and they come a few per frame (see {@link RowsByPulse}).
 */
final class ColumnTable extends TableView<ColumnRow> {

    private static final double ROW_HEIGHT = 28;

    ColumnTable(ObservableList<ColumnRow> rows) {
        super(rows);
        getStyleClass().addAll("column-table", Styles.DENSE);
        setFixedCellSize(ROW_HEIGHT);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No columns yet"));
        getColumns().add(featureColumn());
        getColumns().add(textColumn("column", 130, ColumnRow::name, false));
        getColumns().add(textColumn("type", 100, row -> row.profile().kind().label(), false));
        getColumns().add(textColumn("missing", 86, row -> String.format("%,d", row.profile().missing()), true));
        getColumns().add(textColumn("distinct", 86, row -> String.format("%,d", row.profile().distinct()), true));
        TableColumn<ColumnRow, String> summary = textColumn("summary", 200, row -> row.profile().summary(), false);
        summary.setMinWidth(80); // the one column that gives way when the panel is narrow
        getColumns().add(summary);
        RowsByPulse growth = RowsByPulse.of(this, 0);
        rows.addListener((InvalidationListener) change -> growth.restart());
    }

    private static TableColumn<ColumnRow, ColumnRow> featureColumn() {
        TableColumn<ColumnRow, ColumnRow> feature = new TableColumn<>("use");
        feature.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        feature.setCellFactory(column -> new FeatureCell());
        feature.setSortable(false);
        feature.setResizable(false);
        feature.setPrefWidth(44);
        feature.getStyleClass().add("feature-column");
        return feature;
    }

    private static TableColumn<ColumnRow, String> textColumn(String title, double width,
                                                           Function<ColumnRow, String> text, boolean numeric) {
        TableColumn<ColumnRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        if (numeric) {
            column.getStyleClass().add("numeric-column");
        }
        column.setCellFactory(c -> new TextCell());
        return column;
    }

    /**
     * Long summaries get cut off; the tooltip shows them whole. It is made when the pointer first comes over
     * the cell: a tooltip per cell made up front cost more than the rest of the table when a file opened.
     */
    private static final class TextCell extends TableCell<ColumnRow, String> {

        TextCell() {
            setOnMouseEntered(event -> {
                if (getTooltip() == null && getText() != null && !getText().isEmpty()) {
                    setTooltip(new Tooltip(getText()));
                }
            });
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            if (getTooltip() != null) {
                if (getText() == null || getText().isEmpty()) {
                    setTooltip(null);
                } else {
                    getTooltip().setText(getText());
                }
            }
        }
    }

    /** The checkbox follows the row's feature choice both ways; it is disabled on the target's row. */
    private static final class FeatureCell extends TableCell<ColumnRow, ColumnRow> {

        private final CheckBox box = new CheckBox();
        private ColumnRow shown;

        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                box.selectedProperty().unbindBidirectional(shown.featureProperty());
                box.disableProperty().unbind();
            }
            shown = empty ? null : row;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            box.selectedProperty().bindBidirectional(shown.featureProperty());
            box.disableProperty().bind(shown.targetProperty());
            box.setAccessibleText("Use " + shown.name() + " as a feature");
            setGraphic(box);
        }
    }
}
