package dev.ladderbench.app.errors;

import atlantafx.base.theme.Styles;
import dev.ladderbench.core.ladder.RungId;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/** The top of the Errors and Threshold steps: the title and which model's predictions are analysed. */
final class AnalysisHeader extends HBox {

    AnalysisHeader(ErrorsViewModel model, String title) {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setMinWidth(0);
        Label analysed = new Label("Predictions of");
        analysed.getStyleClass().add(Styles.TEXT_MUTED);
        ToggleButton forest = choice(model, RungId.FOREST);
        ToggleButton linear = choice(model, RungId.LINEAR);
        SegmentedButton models = new SegmentedButton(forest, linear);
        models.getStyleClass().add("model-choice");
        // Keep one model chosen: clicking the chosen one again must not leave none.
        models.getToggleGroup().selectedToggleProperty().addListener((observable, previous, now) -> {
            if (now == null) {
                previous.setSelected(true);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(heading, gap, analysed, models);
    }

    private static ToggleButton choice(ErrorsViewModel model, RungId rung) {
        ToggleButton button = new ToggleButton(rung.label());
        button.setId("model-" + rung.id());
        button.setFocusTraversable(false);
        button.setSelected(model.modelRungProperty().get() == rung);
        button.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                model.modelRungProperty().set(rung);
            }
        });
        model.modelRungProperty().addListener((observable, previous, now) -> button.setSelected(now == rung));
        return button;
    }
}
