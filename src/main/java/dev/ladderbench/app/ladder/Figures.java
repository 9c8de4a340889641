package dev.ladderbench.app.ladder;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.help.Help;
import dev.ladderbench.core.explain.Explanation;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** Small building blocks of the rung views: headline figures, section headings, number formats. */
public final class Figures {

    private Figures() {
    }

    /** A tile: the value large, what it is small underneath. */
    public static Node tile(String caption, String value, String id) {
        return tile(caption, new ReadOnlyStringWrapper(value), id);
    }

    /** A tile whose value follows {@code value} (e.g. a count at the threshold the slider moves). */
    public static Node tile(String caption, ObservableStringValue value, String id) {
        Label number = new Label();
        number.textProperty().bind(value);
        number.getStyleClass().add("figure-value");
        Label what = new Label(caption);
        what.getStyleClass().addAll("figure-caption", Styles.TEXT_MUTED);
        VBox tile = new VBox(2, number, what);
        tile.getStyleClass().add("figure-tile");
        tile.setId(id);
        return tile;
    }

    public static FlowPane tiles(Node... tiles) {
        FlowPane pane = new FlowPane(10, 10, tiles);
        pane.getStyleClass().add("figure-tiles");
        return pane;
    }

    public static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll(Styles.TITLE_4, "figure-heading");
        heading.setPadding(new Insets(8, 0, 0, 0));
        return heading;
    }

    /** A heading with the "?" of the chart it introduces (and F1 on it). */
    public static Node heading(String text, String chartId) {
        return Help.heading(heading(text), Help.chart(chartId));
    }

    /**
     * A chart under a small caption of its own with its "?", for charts that share a heading (side by side);
     * the box takes the chart's share of the width.
     */
    public static VBox titled(Node chart, String chartId) {
        Explanation explanation = Help.chart(chartId);
        Label caption = new Label(explanation.title());
        caption.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL, "chart-caption");
        caption.setMinWidth(0);
        VBox box = new VBox(2, Help.heading(caption, explanation), chart);
        box.setMinWidth(0);
        box.setPrefWidth(10);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    public static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        return note;
    }

    public static String auc(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 100 ? "%,.1f" : "%.2f", value);
    }
}
