package dev.ladderbench.app.ladder;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds a view's sections one per animation pulse and appends each to its pane, so that the styling and
 * layout of a view with several charts and a table is spread over frames instead of freezing one: rung 0's
 * figures styled and laid out in one pulse took 150-290 ms of the FX thread. A section is built at the start
 * of a pulse and styled and laid out in that same pulse, so it appears whole.
 */
final class SectionsByPulse extends AnimationTimer {

    private final Pane pane;
    private final Deque<Supplier<List<Node>>> pending;
    private boolean waited;

    private SectionsByPulse(Pane pane, List<Supplier<List<Node>>> sections) {
        this.pane = pane;
        this.pending = new ArrayDeque<>(sections);
    }

    /** Appends the sections' nodes to {@code pane}, in order, one section per pulse from the one after next on. */
    static void append(Pane pane, List<Supplier<List<Node>>> sections) {
        if (!sections.isEmpty()) {
            new SectionsByPulse(pane, sections).start();
        }
    }

    @Override
    public void handle(long now) {
        if (!waited) { // a timer started now is first called in the coming pulse, which styles what is there already
            waited = true;
            return;
        }
        pane.getChildren().addAll(pending.poll().get());
        if (pending.isEmpty()) {
            stop();
        }
    }
}
