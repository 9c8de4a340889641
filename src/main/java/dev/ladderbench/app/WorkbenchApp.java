package dev.ladderbench.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Ladderbench");
        stage.setScene(new Scene(new BorderPane(new Label("Open a CSV file to begin.")), 1280, 800));
        stage.show();
    }
}
