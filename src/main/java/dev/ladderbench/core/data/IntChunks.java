package dev.ladderbench.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** The int counterpart of {@link DoubleChunks}: level codes and line numbers, grown the same way. */
final class IntChunks {

    static final int CHUNK = 1 << 16;

    private final List<int[]> full = new ArrayList<>();
    /** The size the first chunk starts at; it doubles up to {@link #CHUNK}. */
    private static final int FIRST = 16;

    private int[] current = new int[FIRST];
    private int used;

    void add(int value) {
        if (used == current.length) {
            grow();
        }
        current[used++] = value;
    }

    void addRepeated(int value, int times) {
        for (int i = 0; i < times; i++) {
            add(value);
        }
    }

    /** Appends {@code other}'s values, each mapped through {@code map}, releasing its chunks as it goes. */
    void addAll(IntChunks other, IntUnaryOperator map) {
        for (int i = 0; i < other.full.size(); i++) {
            for (int v : other.full.get(i)) {
                add(map.applyAsInt(v));
            }
            other.full.set(i, null);
        }
        for (int i = 0; i < other.used; i++) {
            add(map.applyAsInt(other.current[i]));
        }
        other.full.clear();
        other.current = new int[0];
        other.used = 0;
    }

    private void grow() {
        if (current.length < CHUNK) {
            current = Arrays.copyOf(current, Math.min(CHUNK, Math.max(FIRST, current.length * 2)));
        } else {
            full.add(current);
            current = new int[CHUNK];
            used = 0;
        }
    }

    int size() {
        return full.size() * CHUNK + used;
    }

    /** The values in one exact-size array; the chunks are released, so call it once. */
    int[] toArray() {
        int[] all = new int[size()];
        int at = 0;
        for (int[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        full.clear();
        current = new int[0];
        used = 0;
        return all;
    }
}
