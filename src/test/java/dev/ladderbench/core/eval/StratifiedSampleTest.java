package dev.ladderbench.core.eval;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StratifiedSampleTest {

    /** 900 rows of class 0 and 100 of class 1, interleaved. */
    private static final int[] STRATA = IntStream.range(0, 1000).map(i -> i % 10 == 3 ? 1 : 0).toArray();

    @Test
    void theSampleHasExactlyTheSizeAskedForAndEachClassItsShare() {
        int[] sample = StratifiedSample.positions(STRATA, 250, 5, 42);

        assertThat(sample).hasSize(250);
        assertThat(Arrays.stream(sample).filter(p -> STRATA[p] == 1).count()).isEqualTo(25);
    }

    @Test
    void theSameSeedDrawsTheSameRowsInFileOrder() {
        int[] first = StratifiedSample.positions(STRATA, 250, 5, 42);

        assertThat(StratifiedSample.positions(STRATA, 250, 5, 42)).isEqualTo(first);
        assertThat(first).isSorted().doesNotHaveDuplicates();
        assertThat(StratifiedSample.positions(STRATA, 250, 5, 7)).isNotEqualTo(first);
    }

    @Test
    void aRareClassKeepsTheMinimumSoThatEveryFoldSeesIt() {
        int[] rare = IntStream.range(0, 1000).map(i -> i < 6 ? 1 : 0).toArray();

        int[] sample = StratifiedSample.positions(rare, 100, 5, 42);

        assertThat(Arrays.stream(sample).filter(p -> rare[p] == 1).count()).isEqualTo(5);
        assertThat(sample).hasSize(100);
    }

    @Test
    void aSampleAtLeastAsLargeAsTheDataKeepsEveryRow() {
        assertThat(StratifiedSample.positions(STRATA, 1000, 5, 42)).isEqualTo(IntStream.range(0, 1000).toArray());
    }
}
