package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable list of doubles kept in fixed-size chunks. The first chunk starts small and doubles (a file
 * of 10,000 columns and a few rows must not cost 10,000 full chunks); past it, growing never copies what
 * is already stored, so a column costs its values plus one partly filled chunk until {@link #toArray()}
 * makes it exact.
 */
final class DoubleChunks {

    static final int CHUNK = 1 << 16;

    private final List<double[]> full = new ArrayList<>();
    /** The size the first chunk starts at; it doubles up to {@link #CHUNK}. */
    private static final int FIRST = 16;

    private double[] current = new double[FIRST];
    private int used;

    void add(double value) {
        if (used == current.length) {
            grow();
        }
        current[used++] = value;
    }

    /** The value added last; only valid right after an {@link #add(double)}. */
    double lastAdded() {
        return current[used - 1];
    }

    /** Appends all of {@code other}'s values, releasing its chunks as they are copied. */
    void addAll(DoubleChunks other) {
        for (int i = 0; i < other.full.size(); i++) {
            addRange(other.full.get(i), CHUNK);
            other.full.set(i, null);
        }
        addRange(other.current, other.used);
        other.full.clear();
        other.current = new double[0];
        other.used = 0;
    }

    private void addRange(double[] values, int length) {
        int at = 0;
        while (at < length) {
            if (used == current.length) {
                grow();
            }
            int n = Math.min(length - at, current.length - used);
            System.arraycopy(values, at, current, used, n);
            used += n;
            at += n;
        }
    }

    private void grow() {
        if (current.length < CHUNK) {
            current = Arrays.copyOf(current, Math.min(CHUNK, Math.max(FIRST, current.length * 2)));
        } else {
            full.add(current);
            current = new double[CHUNK];
            used = 0;
        }
    }

    int size() {
        return full.size() * CHUNK + used;
    }

    /** The values in one exact-size array; the chunks are released, so call it once. */
    double[] toArray() {
        double[] all = new double[size()];
        int at = 0;
        for (double[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        full.clear();
        current = new double[0];
        used = 0;
        return all;
    }
}
