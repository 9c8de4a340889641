package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The steps across the top. A step that cannot be shown yet is locked rather than disabled, because
 * JavaFX shows no tooltip on a disabled control and the tooltip says why it is locked. A rung's step
 * shows its status: a dot coloured pass / warn / fail, hollow while stale.
 */
final class StepBar extends SegmentedButton {

    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    private static final String[] STATUSES = {"pass", "warn", "fail", "skipped", "stale", "running"};

    private final LadderViewModel ladder;
    private final Map<Step, ToggleButton> buttons = new EnumMap<>(Step.class);

    StepBar(LadderViewModel ladder) {
        this.ladder = ladder;
        getStyleClass().add("step-bar");
        for (Step step : Step.values()) {
            ToggleButton button = new ToggleButton(step.label());
            button.setId("step-" + step.name().toLowerCase(Locale.ROOT));
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip());
            button.addEventFilter(MouseEvent.ANY, event -> {
                if (!ladder.selectable(step) && event.getEventType() != MouseEvent.MOUSE_MOVED
                        && event.getEventType() != MouseEvent.MOUSE_ENTERED
                        && event.getEventType() != MouseEvent.MOUSE_EXITED) {
                    event.consume();
                }
            });
            ladder.gate(step).ifPresent(reason -> reason.addListener(observable -> update(step)));
            step.rung().ifPresent(id -> {
                Region dot = new Region();
                dot.getStyleClass().add("step-status");
                button.setGraphic(dot);
                Rung rung = ladder.rung(id);
                rung.stateProperty().addListener(observable -> update(step));
                rung.resultProperty().addListener(observable -> update(step));
                rung.unlockedProperty().addListener(observable -> update(step));
                rung.lockReasonProperty().addListener(observable -> update(step));
            });
            buttons.put(step, button);
            getButtons().add(button);
            update(step);
        }
        ladder.overridden().addListener((SetChangeListener<RungId>) change -> refreshAll());
        ladder.rung(RungId.SANITY).unlockedProperty().addListener(observable -> refreshAll());
        buttons.get(ladder.stepProperty().get()).setSelected(true);
        ladder.stepProperty().addListener((observable, previous, shown) -> buttons.get(shown).setSelected(true));
        getToggleGroup().selectedToggleProperty().addListener((observable, previous, selected) -> {
            Step wanted = buttons.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (wanted == null || !ladder.select(wanted)) {
                // Clicking the selected step again, or a locked one, keeps the shown step selected.
                buttons.get(ladder.stepProperty().get()).setSelected(true);
            }
        });
    }

    private void refreshAll() {
        buttons.keySet().forEach(this::update);
    }

    private void update(Step step) {
        ToggleButton button = buttons.get(step);
        if (button == null) {
            return;
        }
        boolean locked = !ladder.selectable(step);
        button.pseudoClassStateChanged(LOCKED, locked);
        if (ladder.gate(step).isPresent()) {
            String reason = ladder.gate(step).get().get();
            button.getTooltip().setText(reason.isEmpty() ? step.purpose() : reason);
            return;
        }
        if (step.rung().isEmpty()) {
            button.getTooltip().setText(step == Step.DATA ? "The data and its columns"
                    : ladder.rung(RungId.SANITY).unlockedProperty().get()
                    ? "Arrives after the ladder" : "Choose a target first");
            return;
        }
        Rung rung = ladder.rung(step.rung().get());
        String status = status(rung);
        for (String each : STATUSES) {
            button.pseudoClassStateChanged(PseudoClass.getPseudoClass(each), each.equals(status));
        }
        button.getTooltip().setText(locked ? rung.lockReasonProperty().get() : switch (rung.state()) {
            case NOT_RUN -> "Not run yet";
            case RUNNING -> "Running";
            case STALE -> "Stale: the settings changed, re-run it";
            case DONE -> "Done: " + status + (ladder.overridden().contains(rung.id()) ? " (overridden)" : "");
        });
    }

    private static String status(Rung rung) {
        RungResult result = rung.resultProperty().get();
        return switch (rung.state()) {
            case NOT_RUN -> "";
            case RUNNING -> "running";
            case STALE -> "stale";
            case DONE -> result.status().id();
        };
    }
}
