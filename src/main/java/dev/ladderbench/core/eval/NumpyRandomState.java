package dev.ladderbench.core.eval;

/**
 * The part of numpy's legacy {@code RandomState} that scikit-learn's seeded splitters draw from, so a
 * split with {@code random_state=seed} can be reproduced row for row: the MT19937 generator seeded as
 * {@code RandomState(int)} seeds it (Matsumoto and Nishimura's {@code init_genrand}), its 32-bit
 * outputs, and {@code permutation(n)}. Written from the published MT19937 algorithm and numpy's
 * documented behaviour, and checked against numbers numpy 1.24 prints (see its test). Not thread-safe.
 */
public final class NumpyRandomState {

    private static final int STATE_WORDS = 624;
    private static final int SHIFT_WORDS = 397;
    private static final int TWIST_MATRIX = 0x9908b0df;
    private static final int UPPER_BIT = 0x80000000;
    private static final int LOWER_BITS = 0x7fffffff;

    private final int[] state = new int[STATE_WORDS];
    private int next;

    /**
     * As {@code numpy.random.RandomState(seed)} for seeds 0 to 2^32 - 1. numpy refuses other seeds; here
     * they are reduced to their low 32 bits, so every seed the ladder accepts gives some fixed stream.
     */
    public NumpyRandomState(long seed) {
        state[0] = (int) seed;
        for (int i = 1; i < STATE_WORDS; i++) {
            int previous = state[i - 1];
            // int arithmetic wraps modulo 2^32, as the algorithm's unsigned 32-bit words do.
            state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
        }
        next = STATE_WORDS;
    }

    /** The next 32-bit output, as numpy's {@code random_raw}; read it with {@link Integer#toUnsignedLong}. */
    public int nextUint32() {
        if (next == STATE_WORDS) {
            regenerate();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /**
     * A uniform integer in [0, max], as numpy's legacy shuffle draws one: 32-bit outputs masked to the
     * smallest all-ones bit pattern covering {@code max}, redrawn while above it. The number of outputs
     * consumed matters as much as the value: it keeps later draws in step with numpy's.
     */
    public int interval(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("The largest value must not be negative, got " + max);
        }
        if (max == 0) {
            return 0;
        }
        int mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        int value;
        do {
            value = nextUint32() & mask;
        } while (value > max);
        return value;
    }

    /**
     * {@code RandomState.permutation(n)}: 0..n-1 shuffled by Fisher-Yates from the last position down,
     * position i swapped with {@code interval(i)}. {@code choice(k, size, replace=False)} is the first
     * {@code size} entries of {@code permutation(k)}.
     */
    public int[] permutation(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = interval(i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** Recomputes all 624 words at once (the generator's "twist"), after which they are tempered one by one. */
    private void regenerate() {
        for (int i = 0; i < STATE_WORDS; i++) {
            int joined = (state[i] & UPPER_BIT) | (state[(i + 1) % STATE_WORDS] & LOWER_BITS);
            int mixed = state[(i + SHIFT_WORDS) % STATE_WORDS] ^ (joined >>> 1);
            state[i] = (joined & 1) == 0 ? mixed : mixed ^ TWIST_MATRIX;
        }
        next = 0;
    }
}
