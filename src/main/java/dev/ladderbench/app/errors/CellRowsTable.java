package dev.ladderbench.app.errors;

import atlantafx.base.theme.Styles;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.model.ModelData;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The rows of the clicked cell: the original CSV line, every feature, the label and the predicted
 * probability; sortable by any column, and exported as listed (in the shown order) with Export CSV.
 */
final class CellRowsTable extends VBox {

    /** A cell's text with the key it sorts by: numbers numerically (missing last), text alphabetically. */
    record Value(String text, double number) implements Comparable<Value> {
        static Value of(String text) {
            return new Value(text, Double.NaN);
        }

        @Override
        public int compareTo(Value other) {
            return Double.isNaN(number) && Double.isNaN(other.number) ? text.compareTo(other.text)
                    : Double.compare(number, other.number);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final ErrorsViewModel model;
    private final TableView<Integer> table = new TableView<>();
    private final Label caption = new Label();

    CellRowsTable(ErrorsViewModel model) {
        super(6);
        this.model = model;
        table.setId("cell-rows");
        table.setPlaceholder(new Label("Click a cell of the matrix to list its rows."));
        table.setPrefHeight(260);
        SortedList<Integer> sorted = new SortedList<>(model.cellRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Button export = new Button("Export CSV…");
        export.setId("export-rows");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.cellRows()));
        export.setOnAction(event -> chooseAndExport());
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, caption, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
        model.modelProperty().addListener((observable, previous, now) -> columns(now));
        model.selectedCellProperty().addListener(observable -> caption());
        model.cellRows().addListener((javafx.collections.ListChangeListener<Integer>) change -> caption());
        columns(model.modelProperty().get());
        caption();
    }

    private void caption() {
        var cell = model.selectedCellProperty().get();
        caption.setText(cell == null ? "" : ConfusionHeatmap.name(cell) + ": " + model.cellRows().size()
                + " rows (sort by clicking a column header)");
    }

    private void columns(AnalysedModel analysed) {
        table.getColumns().clear();
        if (analysed == null) {
            return;
        }
        ModelData data = analysed.data();
        Dataset dataset = data.dataset();
        Predictions predictions = analysed.predictions();
        table.getColumns().add(column("line", row -> {
            int line = dataset.lineNumber(predictions.datasetRow(row));
            return new Value(Integer.toString(line), line);
        }));
        List<String> features = data.features().columns().stream().map(Column::name).toList();
        for (Column column : dataset.columns()) {
            if (features.contains(column.name())) {
                table.getColumns().add(column(column.name(), row -> value(column, predictions.datasetRow(row))));
            }
        }
        Column label = dataset.column(data.target()).orElseThrow();
        TableColumn<Integer, Value> labels = column(data.target(), row -> value(label, predictions.datasetRow(row)));
        // The label and the probability are what a person reads a cell's rows for: never cut them short.
        labels.setPrefWidth(150);
        TableColumn<Integer, Value> probability = column("probability", row -> {
            double p = predictions.probability(row);
            return new Value(String.format(Locale.ROOT, "%.4f", p), p);
        });
        probability.setPrefWidth(120);
        table.getColumns().add(labels);
        table.getColumns().add(probability);
    }

    private static Value value(Column column, int datasetRow) {
        if (column instanceof NumericColumn numeric && !numeric.isMissing(datasetRow)) {
            return new Value(column.text(datasetRow), numeric.value(datasetRow));
        }
        return Value.of(column.isMissing(datasetRow) ? "" : column.text(datasetRow));
    }

    private static TableColumn<Integer, Value> column(String name, IntFunction<Value> value) {
        TableColumn<Integer, Value> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Writes the listed rows, as sorted, with a header of the column names. */
    void export(Path file) throws IOException {
        List<String> header = table.getColumns().stream().map(TableColumn::getText).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Integer row : table.getItems()) {
            rows.add(table.getColumns().stream().map(c -> String.valueOf(c.getCellData(row))).toList());
        }
        RowsCsv.write(file, header, rows);
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the listed rows");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        var cell = model.selectedCellProperty().get();
        chooser.setInitialFileName((cell == null ? "rows" : ConfusionHeatmap.code(cell)) + ".csv");
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            export(file.toPath());
        } catch (IOException e) {
            caption.setText("Could not write " + file.getName() + ": " + e.getMessage());
        }
    }

    TableView<Integer> table() {
        return table;
    }
}
