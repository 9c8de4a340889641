package dev.ladderbench.app.samples;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** An empty label for text set later that wraps and keeps the height its wrapped lines need. */
final class WrappedLabel {

    private WrappedLabel() {
    }

    static Label of(String id, String... styles) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styles);
        return label;
    }
}
