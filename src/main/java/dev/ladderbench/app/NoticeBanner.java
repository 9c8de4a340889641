package dev.ladderbench.app;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.layout.VBox;

/** The loaded file's notices as dismissable messages above the data, so nothing blocks the user. */
final class NoticeBanner extends VBox {

    NoticeBanner(WorkbenchViewModel model) {
        getStyleClass().add("notice-banner");
        setSpacing(6);
        setPadding(new Insets(0, 0, 8, 0));
        model.notices().addListener((ListChangeListener<String>) change -> fill(model));
        managedProperty().bind(visibleProperty());
        fill(model);
    }

    private void fill(WorkbenchViewModel model) {
        getChildren().clear();
        for (String notice : model.notices()) {
            Message message = new Message("Note", notice);
            message.getStyleClass().add(Styles.WARNING);
            message.setOnClose(event -> model.dismissNotice(notice));
            getChildren().add(message);
        }
        setVisible(!model.notices().isEmpty());
    }
}
