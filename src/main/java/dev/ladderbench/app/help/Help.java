package dev.ladderbench.app.help;

import dev.ladderbench.core.explain.Explanation;
import dev.ladderbench.core.explain.Explanations;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.Optional;

/**
 * One click or F1 to the explanation of what is on screen. A section (a rung, a step, a chart, a checklist
 * item) carries its explanation; its header gets a small "?" button; F1 explains the section around the focused
 * node, the innermost first.
 */
public final class Help {

    private static final String KEY = "ladderbench.explanation";

    private Help() {
    }

    /** The explanation of the chart whose node has {@code chartId}; a chart without a text is a programming error. */
    public static Explanation chart(String chartId) {
        return Explanations.builtIn().chart(chartId)
                .orElseThrow(() -> new IllegalStateException("No explanation for the chart " + chartId));
    }

    /** The explanation of a workbench step ("sanity", "errors", …); a step without one is a programming error. */
    public static Explanation step(String stepId) {
        return Explanations.builtIn().step(stepId)
                .orElseThrow(() -> new IllegalStateException("No explanation for the step " + stepId));
    }

    /** Marks {@code section} as explained by {@code explanation}, for F1 anywhere inside it. */
    public static <N extends Node> N mark(N section, Explanation explanation) {
        section.getProperties().put(KEY, explanation);
        return section;
    }

    /** The explanation of the innermost marked section around {@code node}. */
    public static Optional<Explanation> around(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (each.getProperties().get(KEY) instanceof Explanation explanation) {
                return Optional.of(explanation);
            }
        }
        return Optional.empty();
    }

    /** The "?" button: opens the explanation; its tooltip and accessible text name what it explains. */
    public static Button button(Explanation explanation) {
        Button button = new Button("?");
        button.getStyleClass().add("help-button");
        button.setTooltip(new Tooltip(explanation.firstHeading() + " and " + explanation.secondHeading().toLowerCase(
                java.util.Locale.ROOT) + ": " + explanation.title() + " (F1)"));
        button.setAccessibleText("Explain " + explanation.title());
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> ExplanationDialog.show(button.getScene().getWindow(), explanation));
        return mark(button, explanation);
    }

    /** A section heading with its "?" beside it; the returned row is marked for F1. */
    public static HBox heading(Label heading, Explanation explanation) {
        HBox row = new HBox(6, heading, button(explanation));
        row.setAlignment(Pos.CENTER_LEFT);
        return mark(row, explanation);
    }

    /** F1 in {@code scene} explains the section around the focused node (a handler that consumed F1 goes first). */
    public static void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.F1 || scene.getFocusOwner() == null) {
                return;
            }
            around(scene.getFocusOwner()).ifPresent(explanation -> {
                ExplanationDialog.show(scene.getWindow(), explanation);
                event.consume();
            });
        });
    }
}
