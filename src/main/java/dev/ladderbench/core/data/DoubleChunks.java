package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable list of doubles kept in fixed-size chunks. The first chunk starts small and doubles (a file
 * of 10,000 columns and a few rows must not cost 10,000 full chunks); past it, growing never copies what
 * is already stored, so a column costs its values plus one partly filled chunk until {@link #toArray()}
 * makes it exact. Joining the list of a file's second half takes over its chunks rather than copying them.
 */
final class DoubleChunks {

    /**
     * 256 KB: under half of G1's smallest region (1 MB, the region size of heaps under 2 GB). A chunk of half a
     * region or more is a humongous object taking a whole region, which nearly doubled the heap a load needs.
     */
    static final int CHUNK = 1 << 15;

    /** Chunks filled so far; each holds {@code counts[i]} values (all of it, except where two lists were joined). */
    private final List<double[]> full = new ArrayList<>();
    private int[] counts = new int[8];
    private int countOfFull;
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

    /** Appends all of {@code other}'s values by taking over its chunks, which leaves {@code other} empty. */
    void addAll(DoubleChunks other) {
        keep(current, used);
        for (int i = 0; i < other.full.size(); i++) {
            keep(other.full.get(i), other.counts[i]);
        }
        current = other.current;
        used = other.used;
        other.full.clear();
        other.countOfFull = 0;
        other.current = new double[0];
        other.used = 0;
    }

    private void keep(double[] chunk, int count) {
        if (full.size() == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[full.size()] = count;
        full.add(chunk);
        countOfFull += count;
    }

    private void grow() {
        if (current.length < CHUNK) {
            current = Arrays.copyOf(current, Math.min(CHUNK, Math.max(FIRST, current.length * 2)));
        } else {
            keep(current, used);
            current = new double[CHUNK];
            used = 0;
        }
    }

    int size() {
        return countOfFull + used;
    }

    /** The values in one exact-size array; the chunks are released, so call it once. */
    double[] toArray() {
        double[] all = new double[size()];
        int at = 0;
        for (int i = 0; i < full.size(); i++) {
            System.arraycopy(full.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        System.arraycopy(current, 0, all, at, used);
        full.clear();
        countOfFull = 0;
        current = new double[0];
        used = 0;
        return all;
    }
}
