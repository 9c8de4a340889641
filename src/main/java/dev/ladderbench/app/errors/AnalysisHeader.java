package dev.ladderbench.app.errors;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.explain.Explanation;
import dev.ladderbench.core.ladder.RungId;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The top of the Errors and Threshold steps: the title, which model's predictions are analysed and which
 * predictions (out-of-fold, or the article's stratified 80/20 holdout).
 */
final class AnalysisHeader extends VBox {

    AnalysisHeader(ErrorsViewModel model, String title, Explanation explanation) {
        super(6);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setMinWidth(0);
        Label analysed = new Label("Predictions of");
        analysed.getStyleClass().add(Styles.TEXT_MUTED);
        SegmentedButton models = oneOf("model-choice",
                choice(model.modelRungProperty(), RungId.FOREST, RungId.FOREST.label(), "model-forest", null),
                choice(model.modelRungProperty(), RungId.LINEAR, RungId.LINEAR.label(), "model-linear", null));
        SegmentedButton sources = oneOf("source-choice",
                choice(model.sourceProperty(), PredictionSource.OUT_OF_FOLD, "out-of-fold", "source-out-of-fold",
                        "Every row, scored by the cross-validation model that never saw it"),
                choice(model.sourceProperty(), PredictionSource.HOLDOUT, "holdout 80/20", "source-holdout",
                        "The article's setting: the model refitted on a stratified 80 % (the ladder's seed) and"
                                + " scored on the other 20 %"));
        Label from = new Label("from");
        from.getStyleClass().add(Styles.TEXT_MUTED);
        // The choices on a line of their own, so that a long title is never cut short beside them.
        HBox choices = new HBox(10, analysed, models, from, sources);
        choices.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(Help.heading(heading, explanation), choices);
    }

    /** Buttons of which exactly one is chosen: clicking the chosen one again must not leave none. */
    private static SegmentedButton oneOf(String styleClass, ToggleButton... buttons) {
        SegmentedButton group = new SegmentedButton(buttons);
        group.getStyleClass().add(styleClass);
        group.setMinWidth(Region.USE_PREF_SIZE);
        group.getToggleGroup().selectedToggleProperty().addListener((observable, previous, now) -> {
            if (now == null) {
                previous.setSelected(true);
            }
        });
        return group;
    }

    private static <T> ToggleButton choice(ObjectProperty<T> chosen, T value, String text, String id, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        button.setSelected(chosen.get() == value);
        button.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                chosen.set(value);
            }
        });
        chosen.addListener((observable, previous, now) -> button.setSelected(now == value));
        return button;
    }
}
