package dev.ladderbench.app;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left panel: the target picker above the column list. */
final class DatasetPanel extends VBox {

    DatasetPanel(DatasetViewModel model) {
        getStyleClass().add("dataset-panel");
        setSpacing(10);
        setPadding(new Insets(12));

        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> model.datasetProperty().get() == null ? "Dataset" : model.datasetProperty().get().name(),
                model.datasetProperty()));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label columnsHeading = new Label("Columns");
        columnsHeading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Uncheck a column to leave it out of the features.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        ColumnTable columns = new ColumnTable(model.columns());
        VBox.setVgrow(columns, Priority.ALWAYS);

        getChildren().addAll(heading, new TargetPicker(model), new Separator(), columnsHeading, hint, columns);
    }
}
