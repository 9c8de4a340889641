package dev.ladderbench.core.eval;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratifiedFoldsTest {

    @Test
    void orderedFoldsFillEachClassInFileOrderAsScikitLearnDoes() {
        // Class 1 appears first, so it is code 0 (6 rows); class 0 is code 1 (4 rows). Sorted codes
        // 0000001111 dealt to 3 folds: fold 0 gets positions 0,3,6,9 = 0,0,1,1; fold 1 gets 1,4,7 = 0,0,1;
        // fold 2 gets 2,5,8 = 0,0,1. So class 1 fills folds 0,0,1,1,2,2 and class 0 fills 0,0,1,2.
        int[] y = {1, 1, 0, 1, 0, 1, 0, 1, 0, 1};

        Folds folds = StratifiedFolds.ordered(y, 3);

        int[] foldOfRow = IntStream.range(0, y.length).map(folds::foldOf).toArray();
        assertThat(foldOfRow).containsExactly(0, 0, 0, 1, 0, 1, 1, 2, 2, 2);
        assertThat(folds.validation(0)).containsExactly(0, 1, 2, 4);
        assertThat(folds.training(0)).containsExactly(3, 5, 6, 7, 8, 9);
    }

    @Test
    void everyRowIsValidatedInExactlyOneFold() {
        int[] y = IntStream.range(0, 97).map(i -> i % 3 == 0 ? 1 : 0).toArray();

        Folds folds = StratifiedFolds.shuffled(y, 5, 42);

        int[] validated = IntStream.range(0, 5).flatMap(f -> Arrays.stream(folds.validation(f))).sorted().toArray();
        assertThat(validated).containsExactly(IntStream.range(0, 97).toArray());
        for (int f = 0; f < 5; f++) {
            assertThat(folds.training(f).length + folds.validation(f).length).isEqualTo(97);
        }
    }

    @Test
    void shuffledFoldsKeepTheOrderedFoldsClassCounts() {
        int[] y = IntStream.range(0, 50).map(i -> i < 20 ? 1 : 0).toArray();

        Folds ordered = StratifiedFolds.ordered(y, 5);
        Folds shuffled = StratifiedFolds.shuffled(y, 5, 7);

        assertThat(shuffled).isNotEqualTo(ordered);
        for (int f = 0; f < 5; f++) {
            assertThat(positives(y, shuffled.validation(f))).isEqualTo(positives(y, ordered.validation(f))).isEqualTo(4);
        }
    }

    @Test
    void theSameSeedGivesTheSameFolds() {
        int[] y = IntStream.range(0, 60).map(i -> i % 4 == 0 ? 1 : 0).toArray();

        assertThat(StratifiedFolds.shuffled(y, 5, 42)).isEqualTo(StratifiedFolds.shuffled(y, 5, 42))
                .isNotEqualTo(StratifiedFolds.shuffled(y, 5, 43));
    }

    @Test
    void aClassWithFewerRowsThanFoldsIsRefused() {
        int[] y = {0, 0, 0, 0, 0, 0, 1, 1, 1};

        assertThatThrownBy(() -> StratifiedFolds.ordered(y, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fewer than the 5 folds");
    }

    private static int positives(int[] y, int[] rows) {
        return Arrays.stream(rows).map(r -> y[r]).sum();
    }
}
