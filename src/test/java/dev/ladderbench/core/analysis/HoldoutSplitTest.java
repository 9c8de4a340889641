package dev.ladderbench.core.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldoutSplitTest {

    /** weka_diabetes's class sizes: 500 negatives, 268 positives. */
    private static final int[] Y = IntStream.range(0, 768).map(i -> i < 268 ? 1 : 0).toArray();

    @Test
    void eachClassHoldsOutItsShareAsScikitLearnsSplitSizesDo() {
        HoldoutSplit split = HoldoutSplit.stratified(Y, 0.2, 42);

        // train_test_split(test_size=0.2, stratify=y) on diabetes: 154 test rows, 54 of them positive.
        assertThat(split.test()).hasSize(154);
        assertThat(Arrays.stream(split.test()).map(i -> Y[i]).sum()).isEqualTo(54);
    }

    @Test
    void trainingAndTestPartitionTheRows() {
        HoldoutSplit split = HoldoutSplit.stratified(Y, 0.2, 42);

        assertThat(IntStream.concat(Arrays.stream(split.training()), Arrays.stream(split.test())).sorted().toArray())
                .containsExactly(IntStream.range(0, Y.length).toArray());
        assertThat(split.training()).isSorted();
        assertThat(split.test()).isSorted();
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertThat(HoldoutSplit.stratified(Y, 0.2, 42)).isEqualTo(HoldoutSplit.stratified(Y, 0.2, 42));
        assertThat(HoldoutSplit.stratified(Y, 0.2, 43)).isNotEqualTo(HoldoutSplit.stratified(Y, 0.2, 42));
    }

    @Test
    void aClassTooSmallToSplitIsRefused() {
        assertThatThrownBy(() -> HoldoutSplit.stratified(new int[] {1, 0, 0, 0, 0, 0}, 0.2, 42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few");
    }
}
