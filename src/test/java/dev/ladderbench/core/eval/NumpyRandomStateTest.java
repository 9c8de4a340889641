package dev.ladderbench.core.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected values printed by numpy 1.24.2 (Debian's /usr/bin/python3), e.g.
 * {@code np.random.RandomState(42)._bit_generator.random_raw(1250)} for the raw outputs and
 * {@code np.random.RandomState(7).permutation(1000)} for a permutation.
 */
class NumpyRandomStateTest {

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({
            "42, 1608637542, 3421126067, 4083286876",
            "0, 2357136044, 2546248239, 3071714933",
            "4294967295, 419326371, 479346978, 3918654476"})
    void seedingAnIntegerGivesNumpysFirstOutputs(long seed, long first, long second, long third) {
        NumpyRandomState random = new NumpyRandomState(seed);

        assertThat(new long[] {next(random), next(random), next(random)}).containsExactly(first, second, third);
    }

    @Test
    void outputsStayInStepAcrossTheRegenerationOfTheState() {
        NumpyRandomState random = new NumpyRandomState(42);
        long[] raw = IntStream.range(0, 1250).mapToLong(i -> next(random)).toArray();

        // Outputs 624 and 1249 (0-based) are the first after the state is recomputed for the second and third time.
        assertThat(new long[] {raw[623], raw[624], raw[1249]}).containsExactly(1077437785L, 108880612L, 3263983643L);
    }

    @Test
    void permutationOfTenMatchesNumpys() {
        assertThat(new NumpyRandomState(42).permutation(10)).containsExactly(8, 1, 5, 0, 7, 2, 9, 4, 3, 6);
    }

    @Test
    void aLongPermutationMatchesNumpysAndConsumesAsManyOutputs() {
        NumpyRandomState random = new NumpyRandomState(7);

        int[] permutation = random.permutation(1000);

        assertThat(Arrays.copyOfRange(permutation, 0, 8)).containsExactly(778, 334, 271, 802, 216, 408, 812, 94);
        assertThat(Arrays.copyOfRange(permutation, 996, 1000)).containsExactly(502, 537, 196, 175);
        // The masked draws rejected along the way decide where the stream stands afterwards.
        assertThat(next(random)).isEqualTo(2743334431L);
    }

    @Test
    void intervalStaysWithinItsBound() {
        NumpyRandomState random = new NumpyRandomState(1);

        assertThat(IntStream.range(0, 2000).map(i -> random.interval(5))).containsOnly(0, 1, 2, 3, 4, 5);
        assertThat(random.interval(0)).isZero();
        assertThatThrownBy(() -> random.interval(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long next(NumpyRandomState random) {
        return Integer.toUnsignedLong(random.nextUint32());
    }
}
