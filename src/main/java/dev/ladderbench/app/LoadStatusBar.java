package dev.ladderbench.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;

/** Progress, message and Cancel while work runs; the file summary when idle. */
final class LoadStatusBar extends StatusBar {

    LoadStatusBar(WorkbenchViewModel model) {
        getStyleClass().add("load-status");
        WorkRunner runner = model.runner();
        textProperty().bind(model.statusProperty());
        // The bar shows its progress indicator whenever progress is not 0.
        progressProperty().bind(Bindings.when(runner.busyProperty()).then(runner.progressProperty()).otherwise(0.0));

        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(runner.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        getRightItems().add(cancel);
    }
}
