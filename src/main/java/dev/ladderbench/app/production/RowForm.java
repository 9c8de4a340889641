package dev.ladderbench.app.production;

import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.model.OneHotEncoder;
import dev.ladderbench.core.replay.CategoricalFeature;
import dev.ladderbench.core.replay.CellValue;
import dev.ladderbench.core.replay.FeatureField;
import dev.ladderbench.core.replay.NumericFeature;
import dev.ladderbench.core.replay.RowInput;
import dev.ladderbench.core.replay.SavedPipeline;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form generated from a pipeline's schema: a number field per numeric feature (its median and range as
 * the prompt), a drop-down of the training levels per categorical one (editable, so an unseen level can be
 * tried), and a "missing" toggle per feature. It starts at the training medians and commonest levels.
 */
final class RowForm extends GridPane {

    private final Map<String, Field> fields = new LinkedHashMap<>();

    RowForm() {
        getStyleClass().add("row-form");
        setHgap(8);
        setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMaxWidth(170);
        ColumnConstraints input = new ColumnConstraints();
        input.setHgrow(Priority.ALWAYS);
        ColumnConstraints missing = new ColumnConstraints();
        missing.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().setAll(name, input, missing);
    }

    void show(SavedPipeline pipeline) {
        getChildren().clear();
        fields.clear();
        int row = 0;
        for (FeatureField feature : pipeline.features()) {
            Control input = feature instanceof NumericFeature n ? numeric(n) : categorical((CategoricalFeature) feature);
            CheckBox missing = new CheckBox("missing");
            missing.setId("missing-" + feature.name());
            input.disableProperty().bind(missing.selectedProperty());
            Label label = new Label(feature.name());
            label.setTooltip(new Tooltip(feature.type()));
            addRow(row++, label, input, missing);
            fields.put(feature.name(), new Field(input, missing));
        }
    }

    private static Control numeric(NumericFeature feature) {
        TextField input = new TextField(feature.used() ? NumericColumn.format(feature.median()) : "");
        input.setPromptText(feature.used() ? "median " + NumericColumn.format(feature.median()) + " · "
                + NumericColumn.format(feature.min()) + " to " + NumericColumn.format(feature.max()) : "not used");
        input.setId("input-" + feature.name());
        return input;
    }

    private static Control categorical(CategoricalFeature feature) {
        ComboBox<String> input = new ComboBox<>();
        feature.levels().stream().filter(level -> !level.equals(OneHotEncoder.MISSING_LEVEL))
                .forEach(input.getItems()::add);
        input.setEditable(true);
        input.setValue(feature.mostFrequent());
        input.setMaxWidth(Double.MAX_VALUE);
        input.setId("input-" + feature.name());
        return input;
    }

    /** Fills the form with a row, e.g. one of the open data. */
    void fill(RowInput row) {
        fields.forEach((name, field) -> {
            CellValue cell = row.cell(name);
            field.missing().setSelected(cell instanceof CellValue.Missing);
            String text = cell instanceof CellValue.Number n ? NumericColumn.format(n.value())
                    : cell instanceof CellValue.Text t ? t.value() : "";
            if (field.input() instanceof TextInputControl t) {
                t.setText(text);
            } else if (!text.isEmpty()) {
                comboBox(field).setValue(text);
            }
        });
    }

    /**
     * The row the form holds. A number field that does not read as a number is sent as text, as a buggy
     * client would send it: the replay then shows where it breaks the pipeline.
     */
    RowInput row() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        fields.forEach((name, field) -> cells.put(name, cell(field)));
        return new RowInput(cells);
    }

    private static CellValue cell(Field field) {
        if (field.missing().isSelected()) {
            return new CellValue.Missing();
        }
        if (field.input() instanceof TextInputControl t) {
            String text = t.getText().strip();
            if (text.isEmpty()) {
                return new CellValue.Missing();
            }
            try {
                return new CellValue.Number(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                return new CellValue.Text(text);
            }
        }
        ComboBox<String> box = comboBox(field);
        String value = box.getEditor().getText() != null && !box.getEditor().getText().isEmpty()
                ? box.getEditor().getText() : box.getValue();
        return value == null || value.isEmpty() ? new CellValue.Missing() : new CellValue.Text(value);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboBox(Field field) {
        return (ComboBox<String>) field.input();
    }

    private record Field(Control input, CheckBox missing) {
    }
}
