package dev.ladderbench.app.errors;

import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.Outcome;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The confusion matrix at the current threshold as a 2 x 2 heatmap: actual class by row, predicted by
 * column, each cell with its count and its rate (over the actual class), shaded by that rate. Clicking a
 * cell selects it (its rows are then listed). It follows the live counts, so the slider repaints it.
 */
final class ConfusionHeatmap extends GridPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Map<Outcome, Label> counts = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Label> rates = new EnumMap<>(Outcome.class);
    private final Map<Outcome, StackPane> cells = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Region> shades = new EnumMap<>(Outcome.class);

    ConfusionHeatmap(ErrorsViewModel model) {
        getStyleClass().add("confusion-heatmap");
        setHgap(4);
        setVgap(4);
        ColumnConstraints header = new ColumnConstraints();
        header.setHalignment(HPos.RIGHT);
        ColumnConstraints cell = new ColumnConstraints(150);
        getColumnConstraints().addAll(header, cell, cell);
        add(axisLabel("predicted positive"), 1, 0);
        add(axisLabel("predicted negative"), 2, 0);
        add(axisLabel("actual positive"), 0, 1);
        add(axisLabel("actual negative"), 0, 2);
        place(model, Outcome.TRUE_POSITIVE, 1, 1);
        place(model, Outcome.FALSE_NEGATIVE, 2, 1);
        place(model, Outcome.FALSE_POSITIVE, 1, 2);
        place(model, Outcome.TRUE_NEGATIVE, 2, 2);
        model.countsProperty().addListener((observable, previous, now) -> show(now));
        model.selectedCellProperty().addListener((observable, previous, now) -> select(now));
        show(model.countsProperty().get());
        select(model.selectedCellProperty().get());
    }

    private static Label axisLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heatmap-axis");
        GridPane.setHalignment(label, HPos.CENTER);
        return label;
    }

    private void place(ErrorsViewModel model, Outcome outcome, int column, int row) {
        Label count = new Label();
        count.getStyleClass().add("heatmap-count");
        Label rate = new Label();
        rate.getStyleClass().add("heatmap-rate");
        Label name = new Label(name(outcome));
        name.getStyleClass().add("heatmap-name");
        VBox text = new VBox(2, name, count, rate);
        text.setAlignment(Pos.CENTER);
        text.getStyleClass().add("heatmap-text");
        // The shade is a layer whose opacity follows the rate: a slider step changes an opacity, not a
        // style, so it costs no CSS pass.
        Region shade = new Region();
        shade.getStyleClass().addAll("heatmap-shade", outcome.isError() ? "error-shade" : "correct-shade");
        StackPane cell = new StackPane(shade, text);
        cell.getStyleClass().addAll("heatmap-cell", outcome.isError() ? "error-cell" : "correct-cell");
        cell.setId("cell-" + code(outcome));
        cell.setMinHeight(86);
        Tooltip.install(cell, new Tooltip("Click to list the " + name(outcome).toLowerCase(Locale.ROOT) + " below"));
        cell.setOnMouseClicked(event -> model.selectedCellProperty().set(outcome));
        // From the keyboard: Tab to a cell, Enter or Space lists its rows.
        cell.setFocusTraversable(true);
        cell.setAccessibleText(name(outcome) + ": press Enter to list its rows");
        cell.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                model.selectedCellProperty().set(outcome);
                event.consume();
            }
        });
        counts.put(outcome, count);
        rates.put(outcome, rate);
        cells.put(outcome, cell);
        shades.put(outcome, shade);
        add(cell, column, row);
    }

    private void show(ConfusionCounts now) {
        for (Outcome outcome : Outcome.values()) {
            if (now == null) {
                counts.get(outcome).setText("–");
                rates.get(outcome).setText("");
                shades.get(outcome).setOpacity(0);
                continue;
            }
            double rate = rate(now, outcome);
            counts.get(outcome).setText(Figures.count(count(now, outcome)));
            rates.get(outcome).setText(Figures.percent(rate) + " of " + (actualPositive(outcome) ? "positives" : "negatives"));
            // Shade by the rate: errors in red, correct cells in blue, so a bad cell stands out at a glance.
            shades.get(outcome).setOpacity(0.08 + 0.55 * rate);
        }
    }

    private void select(Outcome selected) {
        cells.forEach((outcome, cell) -> cell.pseudoClassStateChanged(SELECTED, outcome == selected));
    }

    static int count(ConfusionCounts counts, Outcome outcome) {
        return switch (outcome) {
            case TRUE_POSITIVE -> counts.truePositives();
            case FALSE_POSITIVE -> counts.falsePositives();
            case TRUE_NEGATIVE -> counts.trueNegatives();
            case FALSE_NEGATIVE -> counts.falseNegatives();
        };
    }

    /** The cell over its actual class: recall, the false negative rate, the false positive rate, specificity. */
    static double rate(ConfusionCounts counts, Outcome outcome) {
        int whole = actualPositive(outcome) ? counts.positives() : counts.negatives();
        return whole == 0 ? 0 : (double) count(counts, outcome) / whole;
    }

    private static boolean actualPositive(Outcome outcome) {
        return outcome == Outcome.TRUE_POSITIVE || outcome == Outcome.FALSE_NEGATIVE;
    }

    /** "tp", "fn", ...: the cell's id suffix. */
    static String code(Outcome outcome) {
        return switch (outcome) {
            case TRUE_POSITIVE -> "tp";
            case FALSE_POSITIVE -> "fp";
            case TRUE_NEGATIVE -> "tn";
            case FALSE_NEGATIVE -> "fn";
        };
    }

    static String name(Outcome outcome) {
        return switch (outcome) {
            case TRUE_POSITIVE -> "True positives";
            case FALSE_POSITIVE -> "False positives";
            case TRUE_NEGATIVE -> "True negatives";
            case FALSE_NEGATIVE -> "False negatives";
        };
    }
}
