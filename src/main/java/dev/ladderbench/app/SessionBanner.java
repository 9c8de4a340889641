package dev.ladderbench.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * What opening or saving a session has to say, under the step bar so it shows on every step: restored
 * (with the offer to climb again), the data changed since (said plainly), or why the file was refused.
 */
final class SessionBanner extends HBox {

    SessionBanner(SessionViewModel model) {
        setId("session-banner");
        getStyleClass().add("session-banner");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        Label text = new Label();
        text.setId("session-message");
        text.setWrapText(true);
        text.textProperty().bind(model.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button climb = new Button("Run 0 Sanity");
        climb.setId("session-climb");
        climb.setOnAction(event -> model.climbAgain());
        Button close = new Button("Dismiss");
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(event -> model.dismiss());
        climb.setMinWidth(USE_PREF_SIZE);
        close.setMinWidth(USE_PREF_SIZE);
        text.setMinWidth(0);
        getChildren().addAll(text, climb, close);
        managedProperty().bind(visibleProperty());
        model.noticeProperty().addListener((observable, was, notice) -> show(notice, climb));
        show(model.noticeProperty().get(), climb);
    }

    private void show(SessionViewModel.Notice notice, Button climb) {
        setVisible(notice != SessionViewModel.Notice.NONE);
        getStyleClass().removeAll("session-info", "session-changed", "session-problem");
        switch (notice) {
            case SAVED, RESTORED -> getStyleClass().add("session-info");
            case DATA_CHANGED -> getStyleClass().add("session-changed");
            case PROBLEM -> getStyleClass().add("session-problem");
            case NONE -> { }
        }
        boolean restored = notice == SessionViewModel.Notice.RESTORED || notice == SessionViewModel.Notice.DATA_CHANGED;
        climb.setVisible(restored);
        climb.setManaged(restored);
    }
}
