package dev.ladderbench.app.errors;

import dev.ladderbench.app.ZoomedHeight;
import atlantafx.base.theme.Styles;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.data.Column;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.model.ModelData;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The rows of the clicked cell: the original CSV line, every feature, the label and the predicted
 * probability; sortable by any column, and exported as listed (in the shown order) with Export CSV.
 * A cell may hold 100,000 rows: the table is virtual (only the visible rows are laid out) and a sort
 * computes its keys and order in the background, so the FX thread only ever copies the list.
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
    private final ObservableList<Integer> shown = FXCollections.observableArrayList();
    /** How each column reads its value for a row, to sort off the FX thread without touching the table. */
    private final Map<TableColumn<Integer, ?>, IntFunction<Value>> values = new HashMap<>();
    private final LatestOnly sortWork = new LatestOnly();
    private final Label caption = new Label();

    CellRowsTable(ErrorsViewModel model) {
        super(6);
        this.model = model;
        table.setId("cell-rows");
        table.setPlaceholder(new Label("Click a cell of the matrix to list its rows."));
        ZoomedHeight.of(table, 260);
        table.setItems(shown);
        table.setSortPolicy(sorting -> {
            sort();
            return true;
        });
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
        model.cellRows().addListener((ListChangeListener<Integer>) change -> {
            caption();
            sort();
        });
        columns(model.modelProperty().get());
        caption();
    }

    private void caption() {
        var cell = model.selectedCellProperty().get();
        caption.setText(cell == null ? "" : ConfusionHeatmap.name(cell) + ": " + model.cellRows().size()
                + " rows (sort by clicking a column header)");
    }

    /** Shows the cell's rows in the order of the table's sort columns, sorted in the background. */
    private void sort() {
        List<Integer> rows = List.copyOf(model.cellRows());
        List<TableColumn<Integer, ?>> order = List.copyOf(table.getSortOrder());
        if (order.isEmpty()) {
            sortWork.drop();
            shown.setAll(rows);
            return;
        }
        List<IntFunction<Value>> keys = order.stream().map(values::get).toList();
        List<Boolean> ascending = order.stream().map(c -> c.getSortType() == TableColumn.SortType.ASCENDING).toList();
        sortWork.compute(() -> sorted(rows, keys, ascending), shown::setAll);
    }

    /** Each row's keys computed once, then the positions sorted by them: O(n log n) comparisons, n key reads. */
    private static List<Integer> sorted(List<Integer> rows, List<IntFunction<Value>> keys, List<Boolean> ascending) {
        Value[][] columns = new Value[keys.size()][rows.size()];
        for (int k = 0; k < keys.size(); k++) {
            for (int i = 0; i < rows.size(); i++) {
                columns[k][i] = keys.get(k).apply(rows.get(i));
            }
        }
        Comparator<Integer> byKeys = (a, b) -> {
            for (int k = 0; k < columns.length; k++) {
                int order = columns[k][a].compareTo(columns[k][b]);
                if (order != 0) {
                    return ascending.get(k) ? order : -order;
                }
            }
            return 0;
        };
        return IntStream.range(0, rows.size()).boxed().sorted(byKeys).map(rows::get).toList();
    }

    private void columns(AnalysedModel analysed) {
        table.getColumns().clear();
        values.clear();
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

    private TableColumn<Integer, Value> column(String name, IntFunction<Value> value) {
        TableColumn<Integer, Value> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        values.put(column, value);
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
