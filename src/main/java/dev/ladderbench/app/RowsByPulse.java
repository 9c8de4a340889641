package dev.ladderbench.app;

import javafx.animation.AnimationTimer;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Lets a table with fixed-height rows grow into its space a few rows per animation pulse after new items
 * arrive, by capping its height and raising the cap each pulse until the table no longer reaches it. A
 * table only makes the rows it has room for, so each pulse styles only the rows that came into view; the
 * rows already shown are left alone. (Revealing columns instead costs more each step: JavaFX 21 puts every
 * cell of a row back into it, and restyles it, whenever the columns change.)
 */
final class RowsByPulse extends AnimationTimer {

    private final TableView<?> table;
    private final int firstRows;
    private final int rowsPerPulse;
    private int rows;
    /** Whether the current cap has been through a layout pass: a timer's first call comes before its pulse's. */
    private boolean laidOut;

    private RowsByPulse(TableView<?> table, int firstRows, int rowsPerPulse) {
        this.table = table;
        this.firstRows = firstRows;
        this.rowsPerPulse = rowsPerPulse;
    }

    /**
     * A growth for {@code table}, whose fixed cell size must be set, from {@code firstRows} rows in the first
     * pulse (none: the column headers alone); {@link #restart} starts it.
     */
    static RowsByPulse of(TableView<?> table, int firstRows, int rowsPerPulse) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("The table's rows need a fixed height");
        }
        return new RowsByPulse(table, firstRows, rowsPerPulse);
    }

    /** Shows the first rows in the coming pulse and the rest over the pulses after it. */
    void restart() {
        rows = firstRows;
        laidOut = false;
        cap();
        start();
    }

    @Override
    public void handle(long now) {
        if (!laidOut) {
            laidOut = true;
            return;
        }
        boolean filled = table.getHeight() < table.getMaxHeight() - 0.5 || rows > table.getItems().size();
        if (filled) {
            table.setMaxHeight(Region.USE_COMPUTED_SIZE);
            stop();
        } else {
            rows += rowsPerPulse;
            cap();
        }
    }

    private void cap() {
        // One more row's height for the column headers, which are about as tall.
        table.setMaxHeight((rows + 1) * table.getFixedCellSize() + table.snappedTopInset() + table.snappedBottomInset());
    }
}
