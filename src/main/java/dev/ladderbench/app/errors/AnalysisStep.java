package dev.ladderbench.app.errors;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.explain.Explanation;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * What the Errors and Threshold steps share: the header, a sentence instead of figures while there is
 * nothing to analyse ("Run 3 Forest (or 2 Linear) first", stale, running), and the figures in a scroll
 * pane otherwise. The figures are built only while the step is in a window, so an analysis that arrives
 * while the other step is shown costs nothing here.
 */
abstract class AnalysisStep extends BorderPane {

    protected final ErrorsViewModel model;
    private final StackPane content = new StackPane();
    private final Label placeholder = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private boolean dirty = true;

    AnalysisStep(ErrorsViewModel model, String id, String title) {
        this.model = model;
        setId(id);
        getStyleClass().addAll("rung-view", "analysis-step");
        setPadding(new Insets(12));
        setMinHeight(0);
        Explanation explanation = Help.step(id.replace("-view", ""));
        Help.mark(this, explanation);
        AnalysisHeader header = new AnalysisHeader(model, title, explanation);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);
        placeholder.getStyleClass().addAll(Styles.TEXT_MUTED, "rung-placeholder");
        placeholder.setId(id + "-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("rung-figures");
        scroll.setId(id + "-figures");
        content.setMinHeight(0);
        setCenter(content);
        model.placeholderProperty().addListener(observable -> invalidate());
        sceneProperty().addListener(observable -> {
            if (getScene() != null && dirty) {
                show();
            }
        });
    }

    /** Marks the figures out of date; rebuilds them now if the step is shown. */
    protected final void invalidate() {
        dirty = true;
        if (getScene() != null) {
            show();
        }
    }

    private void show() {
        dirty = false;
        if (!model.placeholderProperty().get().isEmpty()) {
            content.getChildren().setAll(placeholder);
            return;
        }
        scroll.setContent(figures());
        content.getChildren().setAll(scroll);
    }

    /**
     * A figure at the threshold, live with the slider, over the same figure at the article's 0.5 ("0.633 at
     * 0.5"), so every figure is read against the default.
     */
    protected final Node liveTile(String caption, Function<ConfusionCounts, String> text, String id) {
        VBox tile = (VBox) Figures.tile(caption, textOf(model.countsProperty(), text), id);
        Label atDefault = new Label();
        atDefault.getStyleClass().addAll("figure-at-default", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ObservableStringValue value = textOf(model.countsAtDefaultProperty(), text);
        atDefault.textProperty().bind(Bindings.createStringBinding(() -> value.get() + " at 0.5", value));
        tile.getChildren().add(atDefault);
        return tile;
    }

    private static ObservableStringValue textOf(ObservableObjectValue<ConfusionCounts> counts,
                                                Function<ConfusionCounts, String> text) {
        return Bindings.createStringBinding(() -> counts.get() == null ? "–" : text.apply(counts.get()), counts);
    }

    /** The step's figures brought up to date with the current analysis; called on the FX thread while shown. */
    protected abstract Node figures();

    /** The scrolled figures, e.g. for a snapshot of the whole step. */
    public Node figuresNode() {
        return scroll.getContent();
    }
}
