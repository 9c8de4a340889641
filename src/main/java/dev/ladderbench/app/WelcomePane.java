package dev.ladderbench.app;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.nio.file.Files;
import java.nio.file.Path;

/** The centre before any file is open: how to open one, and the recent files as links. */
final class WelcomePane extends VBox {

    private final WorkbenchViewModel model;
    private final VBox recent = new VBox(2);

    WelcomePane(WorkbenchViewModel model, Runnable chooseFile) {
        this.model = model;
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);

        Label prompt = new Label("Open a CSV file (Ctrl+O) or drop it here");
        prompt.getStyleClass().add(Styles.TITLE_3);
        Button open = new Button("Open…");
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.setOnAction(event -> chooseFile.run());
        recent.setAlignment(Pos.CENTER);
        recent.setId("welcome-recent");

        model.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
        getChildren().addAll(prompt, open, recent);
    }

    private void fillRecent() {
        recent.getChildren().clear();
        if (model.recentFiles().isEmpty()) {
            return;
        }
        Label heading = new Label("Recent files");
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, "recent-heading");
        recent.getChildren().add(heading);
        for (Path file : model.recentFiles()) {
            Hyperlink link = new Hyperlink(file.getFileName().toString());
            link.setMnemonicParsing(false);
            link.setTooltip(new Tooltip(file.toString()));
            if (!Files.isRegularFile(file)) {
                link.setDisable(true);
                link.setText(file.getFileName() + " (not found)");
            }
            link.setOnAction(event -> model.open(file));
            recent.getChildren().add(link);
        }
    }
}
