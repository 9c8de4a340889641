package dev.ladderbench.core;

import java.util.Locale;

/**
 * What to tell a person when work ran out of memory (an {@link OutOfMemoryError}): what ran out, the heap
 * Java was given, about how much the work needs, and how to give it more.
 *
 * <p>The estimate, in bytes, for r rows and c columns: the data, 8r·c (a double a cell); rung 0's duplicate
 * search, a 64-bit hash per row, 8r; and for each
 * fold fitted at the same time three copies of the rows at r·(8c + 16) each (the preprocessed training rows
 * as arrays, the rows being scored, and the model's working arrays: a forest's sorted orders, the optimiser's
 * gradients). It ran out, so the heap it had was too small: the estimate is never below a quarter more than
 * that heap. The suggestion rounds it up to whole gigabytes.
 */
public final class HeapShortage {

    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;
    private static final int COPIES_PER_FOLD = 3;

    private HeapShortage() {
    }

    /**
     * @param what        what ran out, as the sentence's subject: "3 Forest", "The ladder"
     * @param foldsAtOnce folds fitted at the same time (the folds, at most one per worker thread)
     */
    public static String sentence(String what, long rows, int columns, int foldsAtOnce) {
        long max = Runtime.getRuntime().maxMemory();
        long needed = estimate(rows, columns, foldsAtOnce, max);
        long suggestedGb = Math.max(1, (long) Math.ceil((double) needed / GB));
        return String.format(Locale.ROOT, "%s ran out of memory on %,d rows and %d columns: Java may use at most %s"
                        + " (-Xmx) and this needs about %s; start Ladderbench with more, e.g. java -Xmx%dg -jar"
                        + " ladderbench.jar, or set JAVA_TOOL_OPTIONS=-Xmx%dg for the installed app, or exclude columns.",
                what, rows, columns, size(max), size(needed), suggestedGb, suggestedGb);
    }

    /** For work whose data size is not known yet (the file was still being read): suggests twice the heap. */
    public static String sentence(String what) {
        long max = Runtime.getRuntime().maxMemory();
        long suggestedGb = Math.max(1, (long) Math.ceil(2.0 * max / GB));
        return String.format(Locale.ROOT, "%s ran out of memory: Java may use at most %s (-Xmx); start Ladderbench"
                        + " with more, e.g. java -Xmx%dg -jar ladderbench.jar, or set JAVA_TOOL_OPTIONS=-Xmx%dg for the"
                        + " installed app.", what, size(max), suggestedGb, suggestedGb);
    }

    /** Bytes the data, rung 0's row hashes and the folds in flight need, as the class comment explains. */
    static long estimate(long rows, int columns, int foldsAtOnce, long maxHeap) {
        double data = (double) rows * columns * Double.BYTES;
        double rowKeys = rows * (double) Long.BYTES;
        double rowCopy = rows * (columns * (double) Double.BYTES + 16);
        double needed = data + rowKeys + COPIES_PER_FOLD * Math.max(1, foldsAtOnce) * rowCopy;
        return (long) Math.max(needed, maxHeap * 1.25);
    }

    /** The folds fitted at once: one per worker thread, at most the number of folds. */
    public static int foldsAtOnce(int folds) {
        return Math.max(1, Math.min(folds, Runtime.getRuntime().availableProcessors()));
    }

    private static String size(long bytes) {
        return bytes >= GB
                ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GB)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round((double) bytes / MB)));
    }
}
