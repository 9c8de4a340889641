package dev.ladderbench.core.data;

import java.util.Locale;
import java.util.Optional;

/**
 * How much heap a file will need, estimated before it is read from its size and the bytes per cell of its first
 * lines; deliberately rough, to tell a person up front that a file will not fit and which {@code -Xmx} to use.
 *
 * @param file           the file's name, for the sentence
 * @param estimatedRows  rows the file holds, by its size
 * @param loadBytes      heap to load it
 * @param climbBytes     heap to load it and climb the ladder on it (rung 0 over all rows, the model rungs on at
 *                       most the sample cap)
 * @param availableBytes heap free for it now
 * @param maxHeapBytes   this JVM's maximum heap
 */
public record MemoryEstimate(String file, long estimatedRows, long loadBytes, long climbBytes, long availableBytes,
                             long maxHeapBytes) {

    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    public boolean fitsToLoad() {
        return loadBytes <= availableBytes;
    }

    public boolean fitsToClimb() {
        return climbBytes <= availableBytes;
    }

    /** One sentence for a person when the file will not fit to be loaded, or to be climbed once loaded. */
    public Optional<String> advice() {
        if (!fitsToLoad()) {
            return Optional.of(String.format(Locale.ROOT, "%s needs about %s of memory to load but only %s is"
                            + " available; start Ladderbench with more heap, for example java -Xmx%dg -jar"
                            + " ladderbench.jar, or load a smaller file.", file, size(loadBytes),
                    size(Math.max(0, availableBytes)), heapToUseGb(loadBytes)));
        }
        if (!fitsToClimb()) {
            return Optional.of(String.format(Locale.ROOT, "%s loads in %s, but climbing the ladder on it needs about"
                            + " %s and only %s is available; start Ladderbench with more heap, for example java -Xmx%dg"
                            + " -jar ladderbench.jar, or model a smaller sample (--sample-rows).", file,
                    size(loadBytes), size(climbBytes), size(Math.max(0, availableBytes)), heapToUseGb(climbBytes)));
        }
        return Optional.empty();
    }

    /** The -Xmx, in whole GB, that leaves a quarter to spare over {@code needed} beside what is live now. */
    long heapToUseGb(long needed) {
        return Math.max(1, (long) Math.ceil((maxHeapBytes + (needed - availableBytes)) * 1.25 / GB));
    }

    static String size(long bytes) {
        return bytes >= GB
                ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GB)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round((double) bytes / MB)));
    }
}
