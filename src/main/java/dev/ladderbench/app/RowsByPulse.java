package dev.ladderbench.app;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lets a table with fixed-height rows grow into its space a few rows per animation pulse after new items
 * arrive, by capping its height and raising the cap each pulse until the table no longer reaches it. A
 * table only makes the rows it has room for, so each pulse styles only the rows that came into view; the
 * rows already shown are left alone. (Revealing columns instead costs more each step: JavaFX 21 puts every
 * cell of a row back into it, and restyles it, whenever the columns change.) A minimum height the table
 * was given is lowered while it grows and given back after.
 */
public final class RowsByPulse extends AnimationTimer {

    private final TableView<?> table;
    private final int firstRows;
    /**
     * The cells added in the first pulse after the first rows, doubled each pulse up to the most: the first
     * table cells a run makes cost the FX thread several times what later ones do (the code is cold), about
     * 2 ms each under load, later ones well under 0.5 ms.
     */
    private static final int FIRST_CELLS = 12;
    private static final int MOST_CELLS = 48;
    /**
     * The FX thread's CPU in a frame above which the next step adds half as many cells instead of twice as many:
     * cold, the first file's cells cost several times what they cost later, and the JIT compilers may hold the other
     * core, so the growth slows down rather than let a frame pass 100 ms.
     */
    private static final long FRAME_BUDGET_NANOS = 25_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Tables grow one at a time, in the order they were given rows, so that their costs do not add up in a frame. */
    private static final Deque<RowsByPulse> TURNS = new ArrayDeque<>();

    private int cells;
    private int rows;
    /** The FX thread's CPU time at the previous pulse, to measure the frame in between. */
    private long cpuAtPulse;
    private double minHeight;
    /** Whether the current cap has been through a layout pass: a timer's first call comes before its pulse's. */
    private boolean laidOut;

    private RowsByPulse(TableView<?> table, int firstRows) {
        this.table = table;
        this.firstRows = firstRows;
    }

    /**
     * A growth for {@code table}, whose fixed cell size must be set, from {@code firstRows} rows in the first
     * pulse (none: the column headers alone), then a row a pulse and more as the cells get cheaper (see
     * {@link #FIRST_CELLS}); {@link #restart} starts it.
     */
    public static RowsByPulse of(TableView<?> table, int firstRows) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("The table's rows need a fixed height");
        }
        return new RowsByPulse(table, firstRows);
    }

    /** Whether a table is growing now, or waiting for its turn to. */
    static boolean anyGrowing() {
        return !TURNS.isEmpty();
    }

    /** Shows the first rows in the coming pulse and the rest over the pulses after it. */
    public void restart() {
        if (table.getMaxHeight() == Region.USE_COMPUTED_SIZE) { // not growing already
            minHeight = table.getMinHeight();
        }
        cells = FIRST_CELLS;
        rows = firstRows;
        laidOut = false;
        cap();
        if (!TURNS.contains(this)) {
            TURNS.add(this);
        }
        start();
    }

    @Override
    public void handle(long now) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long frame = cpu - cpuAtPulse;
        cpuAtPulse = cpu;
        if (!laidOut) {
            laidOut = true;
            return;
        }
        if (!showing()) { // not laid out, so it would never fill: it gets all its rows when it shows
            release();
            return;
        }
        if (TURNS.peek() != this) {
            return;
        }
        if (table.getHeight() < table.getMaxHeight() - 0.5 || rows > table.getItems().size()) {
            release();
        } else {
            rows += Math.max(1, cells / Math.max(1, table.getVisibleLeafColumns().size()));
            cells = frame > FRAME_BUDGET_NANOS ? Math.max(1, cells / 2) : Math.min(MOST_CELLS, 2 * cells);
            cap();
        }
    }

    private boolean showing() {
        Scene scene = table.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void release() {
        table.setMaxHeight(Region.USE_COMPUTED_SIZE);
        table.setMinHeight(minHeight);
        TURNS.remove(this);
        stop();
    }

    private void cap() {
        // One more row's height for the column headers, which are about as tall.
        double cap = (rows + 1) * table.getFixedCellSize() + table.snappedTopInset() + table.snappedBottomInset();
        table.setMaxHeight(cap);
        if (minHeight > cap) {
            table.setMinHeight(cap);
        }
    }
}
