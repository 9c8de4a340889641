package dev.ladderbench.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.SegmentedButton;

import java.util.Locale;

/**
 * The steps across the top. Only Data exists so far. The later steps are locked rather than disabled,
 * because JavaFX shows no tooltip on a disabled control and the tooltip says why a step is locked.
 */
final class StepBar extends SegmentedButton {

    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    StepBar(ObservableBooleanValue targetReady) {
        getStyleClass().add("step-bar");
        for (Step step : Step.values()) {
            ToggleButton button = new ToggleButton(step.label());
            button.setId("step-" + step.name().toLowerCase(Locale.ROOT));
            button.setFocusTraversable(false);
            if (step == Step.DATA) {
                button.setSelected(true);
            } else {
                lock(button, targetReady);
            }
            getButtons().add(button);
        }
        // Data stays selected: clicking the selected toggle again must not leave no step selected.
        getToggleGroup().selectedToggleProperty().addListener((observable, previous, selected) -> {
            if (selected == null && previous != null) {
                previous.setSelected(true);
            }
        });
    }

    private static void lock(ToggleButton button, ObservableBooleanValue targetReady) {
        button.pseudoClassStateChanged(LOCKED, true);
        button.addEventFilter(MouseEvent.ANY, event -> {
            if (event.getEventType() != MouseEvent.MOUSE_MOVED && event.getEventType() != MouseEvent.MOUSE_ENTERED
                    && event.getEventType() != MouseEvent.MOUSE_EXITED) {
                event.consume();
            }
        });
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.when(targetReady)
                .then("Arrives with the ladder").otherwise("Choose a target first"));
        button.setTooltip(why);
    }
}
