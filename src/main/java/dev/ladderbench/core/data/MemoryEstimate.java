package dev.ladderbench.core.data;


import java.util.Optional;

/**
 * How much heap a file will need, estimated by {@link HeapModel} before it is read, from its size and the bytes
 * per cell of its first lines; deliberately rough, to tell a person up front that a file will not fit and which
 * {@code -Xmx} to use.
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

    public boolean fitsToLoad() {
        return loadBytes <= availableBytes;
    }

    public boolean fitsToClimb() {
        return climbBytes <= availableBytes;
    }

    /** One sentence for a person when the file will not fit to be loaded, or to be climbed once loaded. */
    public Optional<String> advice() {
        if (!fitsToLoad()) {
            return Optional.of(HeapModel.wontLoad(file, loadBytes, availableBytes, maxHeapBytes));
        }
        if (!fitsToClimb()) {
            return Optional.of(HeapModel.climbMayNotFit(file, loadBytes, climbBytes, availableBytes, maxHeapBytes));
        }
        return Optional.empty();
    }
}
