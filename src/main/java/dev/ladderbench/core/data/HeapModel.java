package dev.ladderbench.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The one model of the heap Ladderbench's work needs, and of what to tell a person about it: before a file is
 * read (will it load, will the ladder fit), after it loaded (the climb may not fit) and after work ran out of
 * memory. Deliberately rough; the constants say what each byte is for. The heap itself is injectable, so that a
 * test can pretend to have a small one.
 *
 * <p>Bytes, for r rows, c columns and m modelled rows (all labelled rows, or the sample the cap allows):
 * <ul>
 *     <li>the data: a double a numeric cell, a level code a text cell, and a line number a row; and a text
 *     column's levels, each a string;</li>
 *     <li>reading it, beside the data: the tables that look each level up, one column copied while it is made
 *     exact, the two reading threads' text buffers, and the collector's room to work;</li>
 *     <li>climbing it, beside the data: per row the labels, row positions, a sorted column copy and rung 0's
 *     64-bit duplicate key; and for each fold fitted at the same time three copies of the modelled rows (the
 *     preprocessed training rows, the rows being scored, the model's working arrays: a forest's sorted
 *     orders, the optimiser's gradients).</li>
 * </ul>
 */
public final class HeapModel {

    public static final int NUMERIC_CELL_BYTES = Double.BYTES;
    public static final int TEXT_CELL_BYTES = Integer.BYTES;
    static final int LINE_NUMBER_BYTES = Integer.BYTES;
    private static final int ARRAY_HEADER = 16;
    /**
     * A level beside its characters, once loaded: the String (24), its byte array's header (16) and padding
     * (4 on average), and its place in the column's list of levels (4).
     */
    static final int LEVEL_BYTES = 48;
    /**
     * A level's lookup while the file is read, beside {@link #LEVEL_BYTES}: the hash map's entry (32), the boxed
     * code (16), its share of the hash table (8 on average) and the list's spare room (2).
     */
    static final int LEVEL_LOOKUP_BYTES = 58;
    /** Labels (4), row positions (4), a sorted column copy (8), duplicate keys (8) and fold codes (8). */
    static final int CLIMB_BYTES_PER_ROW = 32;
    static final int COPIES_PER_FOLD = 3;
    /** A modelled row's array header and reference. */
    static final int MODELLED_ROW_OVERHEAD = 16;
    /** The text buffers of the two reading threads. */
    static final long TEXT_BUFFERS = 2L * CsvTokenizer.BUFFER * Character.BYTES;
    /**
     * Free heap the collector needs while a load fills it, measured: the smallest heaps that loaded six file shapes
     * were 1.1 to 1.5 times what they held at the peak (most for numbers and few levels, least for many levels);
     * 1.25 keeps the estimate within 0.89-1.13 times those heaps (see TextHeapEstimateTest).
     */
    static final double LOAD_HEADROOM = 1.25;

    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;
    /** The heap to suggest leaves a quarter to spare over the estimate. */
    private static final double HEADROOM = 1.25;

    private final LongSupplier maxHeap;
    private final LongSupplier available;

    private HeapModel(LongSupplier maxHeap, LongSupplier available) {
        this.maxHeap = maxHeap;
        this.available = available;
    }

    /** This JVM's heap: its -Xmx, and what is free of it now. */
    public static HeapModel ofThisJvm() {
        return new HeapModel(() -> Runtime.getRuntime().maxMemory(), HeapModel::availableNow);
    }

    /** A heap of a given size with a given amount free: for tests, which cannot shrink their own JVM. */
    public static HeapModel of(long maxHeapBytes, long availableBytes) {
        return new HeapModel(() -> maxHeapBytes, () -> availableBytes);
    }

    public long maxHeap() {
        return maxHeap.getAsLong();
    }

    /** Bytes free for new work: the maximum heap minus what is live. */
    public long available() {
        return available.getAsLong();
    }

    /**
     * The maximum heap minus what is in use now, garbage included: pessimistic, but a figure the JVM keeps current
     * (the pools' after-collection figures lag behind a load under G1). While a file is read the data it replaces
     * is still live too, so counting it is right there.
     */
    private static long availableNow() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** The loaded data without its levels: a double a numeric cell, a level code a text cell, a line number a row. */
    public static long dataBytes(long rows, int numericColumns, int textColumns) {
        return rows * ((long) numericColumns * NUMERIC_CELL_BYTES + (long) textColumns * TEXT_CELL_BYTES
                + LINE_NUMBER_BYTES);
    }

    /** The loaded {@code data}: as {@link #dataBytes(long, int, int)} counts it, and its text columns' levels. */
    public static long dataBytes(Dataset data) {
        int numeric = 0;
        long levels = 0;
        for (Column column : data.columns()) {
            if (column instanceof CategoricalColumn text) {
                levels += (long) text.levels().size() * LEVEL_BYTES + text.levelTextBytes();
            } else {
                numeric++;
            }
        }
        return dataBytes(data.rowCount(), numeric, data.columnCount() - numeric) + levels;
    }

    /** {@code levels} levels of a text column, {@code payloadPerLevel} bytes of characters each, once loaded. */
    static long levelBytes(long levels, double payloadPerLevel) {
        return (long) Math.ceil(levels * (LEVEL_BYTES + payloadPerLevel));
    }

    /** The same levels while the file is read, when each also has its entry in the table that looks it up. */
    static long levelBytesWhileReading(long levels, double payloadPerLevel) {
        return (long) Math.ceil(levels * (LEVEL_BYTES + LEVEL_LOOKUP_BYTES + payloadPerLevel));
    }

    /**
     * Bytes to read {@code rows} rows of {@code numericColumns} numbers and {@code textColumns} texts whose levels
     * take {@code levelBytesWhileReading} while the file is read: the data, one column copied while it is made exact
     * (a numeric one, the larger) and the two text buffers, with the room G1 needs to collect while the data grows (a
     * 1M x 20 numeric file, 217 MB by this estimate, loaded in 234-242 MB heaps and failed in 230-238 MB ones;
     * TextHeapEstimateTest has the text-heavy shapes measured).
     *
     * @param regionBytes the collector's region size (see {@link #regionBytes(long)})
     */
    static long loadBytes(long rows, int numericColumns, int textColumns, long levelBytesWhileReading,
                          long regionBytes) {
        long oneColumnCopy = columnBytes(rows, NUMERIC_CELL_BYTES, regionBytes);
        return (long) (LOAD_HEADROOM * (columnsBytes(rows, numericColumns, textColumns, regionBytes)
                + levelBytesWhileReading + oneColumnCopy + TEXT_BUFFERS));
    }

    /** The loaded columns without their levels, as {@code regionBytes} regions hold them, and a line number a row. */
    static long columnsBytes(long rows, int numericColumns, int textColumns, long regionBytes) {
        return numericColumns * columnBytes(rows, NUMERIC_CELL_BYTES, regionBytes)
                + textColumns * columnBytes(rows, TEXT_CELL_BYTES, regionBytes) + rows * LINE_NUMBER_BYTES;
    }

    /**
     * A column's array as the heap holds it: G1 gives an array of half a region or more whole regions of its own
     * (a 200,000-row text column's 0.8 MB takes 1 MB), which made a file of many such columns retain a third more
     * than its cells.
     */
    static long columnBytes(long rows, int cellBytes, long regionBytes) {
        long bytes = ARRAY_HEADER + rows * cellBytes;
        return bytes >= regionBytes / 2 ? (bytes + regionBytes - 1) / regionBytes * regionBytes : bytes;
    }

    /**
     * G1's region size in a heap of {@code maxHeapBytes}, by its ergonomics in Java 17: a 2048th of the heap rounded
     * up to a power of two, 1 to 32 MB (-XX:+PrintFlagsFinal: 1 MB up to -Xmx2g, 2 MB at 4g, 4 MB at 6g).
     */
    static long regionBytes(long maxHeapBytes) {
        long target = Math.max(MB, Math.min(32 * MB, maxHeapBytes / 2048));
        return Long.bitCount(target) == 1 ? target : Long.highestOneBit(target) << 1;
    }

    /** Bytes the ladder needs beside the loaded data (see the class comment). */
    public static long climbBytes(long rows, int columns, long modelledRows, int foldsAtOnce) {
        double rowCopy = modelledRows * ((double) columns * NUMERIC_CELL_BYTES + MODELLED_ROW_OVERHEAD);
        return (long) (rows * (double) CLIMB_BYTES_PER_ROW + COPIES_PER_FOLD * Math.max(1, foldsAtOnce) * rowCopy);
    }

    /** What the ladder needs beside {@code data}, with the models on at most {@code sampleRows} rows (0 = all). */
    public static long climbBytes(Dataset data, int sampleRows, int folds) {
        return climbBytes(data.rowCount(), data.columnCount(), modelledRows(data.rowCount(), sampleRows),
                foldsAtOnce(folds));
    }

    /** The rows the models use: all {@code labelledRows}, or at most {@code sampleRows} (0 = no cap). */
    public static long modelledRows(long labelledRows, int sampleRows) {
        return sampleRows == 0 ? labelledRows : Math.min(labelledRows, sampleRows);
    }

    /** The folds fitted at once: one per worker thread, at most the number of folds. */
    public static int foldsAtOnce(int folds) {
        return Math.max(1, Math.min(folds, Runtime.getRuntime().availableProcessors()));
    }

    /** "rows.csv needs about 5.2 GB of memory to load but only 3.1 GB is available; start … with -Xmx7g …". */
    public static String wontLoad(String file, long loadBytes, long availableBytes, long maxHeapBytes) {
        return String.format(Locale.ROOT, "%s needs about %s of memory to load but only %s is available; %s, or"
                        + " load a smaller file.", file, size(loadBytes), size(Math.max(0, availableBytes)),
                howToRaise(suggestedGb(maxHeapBytes - availableBytes + loadBytes)));
    }

    /** The note when a file loads but the ladder on it may not fit: {@code climbBytes} is data and climb in all. */
    public static String climbMayNotFit(String file, long loadBytes, long climbBytes, long availableBytes,
                                        long maxHeapBytes) {
        return String.format(Locale.ROOT, "%s loads in %s, but climbing the ladder on it needs about %s and only %s"
                        + " is available; %s, or model a smaller sample (--sample-rows).",
                file, size(loadBytes), size(climbBytes), size(Math.max(0, availableBytes)),
                howToRaise(suggestedGb(maxHeapBytes - availableBytes + climbBytes)));
    }

    /**
     * After loading: the note when climbing the ladder on {@code data} (models on at most {@code sampleRows} rows,
     * 0 = all, over {@code folds} folds) may need more than the whole heap; empty when it fits. Judged against the
     * maximum heap, not what is free this moment, which still counts the garbage of the load.
     */
    public Optional<String> climbNote(Dataset data, int sampleRows, int folds) {
        long needed = dataBytes(data) + climbBytes(data, sampleRows, folds);
        long max = maxHeap();
        if (needed <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s is open, but climbing the ladder on it may run out of"
                        + " memory: with the data it needs about %s, more than the %s Java may use (-Xmx); %s, or"
                        + " exclude columns you do not need.", data.name(), size(needed), size(max),
                howToRaise(suggestedGb(needed))));
    }

    /**
     * The sentence when {@code what} ran out of memory on data of a known size.
     *
     * @param what        the sentence's subject: "3 Forest", "The ladder", "Drift"
     * @param neededBytes the model's estimate of what the work needs in all; it ran out, so the heap it had was too
     *                    small: the figure told is never below a quarter more than that heap
     */
    public String ranOut(String what, long rows, int columns, long neededBytes) {
        long max = maxHeap();
        long needed = Math.max(neededBytes, (long) (max * HEADROOM));
        return String.format(Locale.ROOT, "%s ran out of memory on %,d rows and %d columns: Java may use at most %s"
                        + " (-Xmx) and this needs about %s; %s, or exclude columns.", what, rows, columns, size(max),
                size(needed), howToRaise(suggestedGb(needed)));
    }

    /** The same for work on {@code data} that needs {@code workBytes} beside it. */
    public String ranOut(String what, Dataset data, long workBytes) {
        return ranOut(what, data.rowCount(), data.columnCount(), dataBytes(data) + workBytes);
    }

    /** For work whose data size is not known yet (the file was still being read): suggests twice the heap. */
    public String ranOut(String what) {
        long max = maxHeap();
        return String.format(Locale.ROOT, "%s ran out of memory: Java may use at most %s (-Xmx); %s.", what, size(max),
                howToRaise(suggestedGb((long) (2 * max / HEADROOM))));
    }

    /** The -Xmx, in whole GB, that holds {@code neededBytes} with a quarter to spare. */
    static long suggestedGb(long neededBytes) {
        return Math.max(1, (long) Math.ceil(neededBytes * HEADROOM / GB));
    }

    static String howToRaise(long gb) {
        return howToRaise(gb, Optional.ofNullable(System.getProperty("jpackage.app-path")).map(Path::of));
    }

    /**
     * How a person gives Ladderbench {@code gb} GB, the way it was started: with java (the jar), or by the
     * launcher of the installed app, which passes no -Xmx of its own, so the JVM takes JAVA_TOOL_OPTIONS from the
     * environment, and which reads java-options from its .cfg file (JDK_JAVA_OPTIONS is ignored by it).
     *
     * @param launcher the installed app's launcher (jpackage's {@code jpackage.app-path}); empty for java -jar
     */
    static String howToRaise(long gb, Optional<Path> launcher) {
        if (launcher.isEmpty()) {
            return String.format(Locale.ROOT, "start Ladderbench with more heap, for example java -Xmx%dg -jar"
                    + " ladderbench.jar",
                    gb);
        }
        String cfg = launcherConfig(launcher.get())
                .map(file -> String.format(Locale.ROOT, " (or add the line java-options=-Xmx%dg to %s)", gb, file))
                .orElse("");
        return String.format(Locale.ROOT, "start Ladderbench with the environment variable JAVA_TOOL_OPTIONS=-Xmx%dg"
                + " set%s", gb, cfg);
    }

    /** jpackage's launcher configuration: lib/app on Linux, app beside the .exe on Windows, Contents/app on macOS. */
    private static Optional<Path> launcherConfig(Path launcher) {
        String name = launcher.getFileName().toString().replaceFirst("(?i)\\.exe$", "") + ".cfg";
        Path dir = launcher.toAbsolutePath().getParent();
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        return List.of(dir.getParent().resolve("lib").resolve("app").resolve(name), dir.resolve("app").resolve(name),
                        dir.getParent().resolve("app").resolve(name)).stream()
                .filter(Files::isRegularFile).findFirst();
    }

    public static String size(long bytes) {
        return bytes >= GB
                ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GB)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round((double) bytes / MB)));
    }
}
