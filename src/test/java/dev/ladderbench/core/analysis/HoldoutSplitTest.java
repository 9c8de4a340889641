package dev.ladderbench.core.analysis;

import dev.ladderbench.core.model.ReferenceCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

    /**
     * Tied fractional shares, where scikit-learn's {@code _approximate_mode} draws which class gets the
     * extra row. Expected: {@code sorted(train_test_split(np.arange(len(y)), test_size=share, stratify=y,
     * random_state=42)[1])} with scikit-learn 1.2.1 (Debian's /usr/bin/python3).
     */
    static Stream<Arguments> tiedShares() {
        return Stream.of(
                Arguments.of(new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1}, 0.25, new int[] {0, 6, 9}),
                Arguments.of(new int[] {1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1}, 0.25, new int[] {7, 8, 10}),
                Arguments.of(new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}, 0.3, new int[] {1, 8, 12, 13, 14}),
                Arguments.of(new int[] {2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1}, 0.3, new int[] {2, 6, 12, 13, 14}));
    }

    @ParameterizedTest
    @MethodSource("tiedShares")
    void tiedSharesAreBrokenAsScikitLearnBreaksThem(int[] y, double testShare, int[] expectedTest) {
        assertThat(HoldoutSplit.stratified(y, testShare, 42).test()).containsExactly(expectedTest);
    }

    @Test
    void aTieAmongTheTestCountsDrawsAsScikitLearnDraws() {
        // 55, 59 and 59 rows: after the training counts, 14, 15 and 15 remain for 44 test rows, and rounding
        // 15 / 44 * 44 leaves two equal remainders just under 1, so scikit-learn draws from the generator again
        // (with these sizes that draw changes which rows are held out; with many others rejection absorbs it).
        int[] y = IntStream.range(0, 173).map(i -> i < 55 ? 0 : i < 114 ? 1 : 2).toArray();

        // sorted(train_test_split(np.arange(173), test_size=0.25, stratify=y, random_state=42)[1]), as above.
        assertThat(HoldoutSplit.stratified(y, 0.25, 42).test()).containsExactly(7, 10, 14, 18, 20, 22, 23, 28, 35,
                38, 39, 42, 44, 46, 56, 58, 60, 61, 62, 68, 71, 89, 90, 94, 96, 98, 101, 103, 104, 120, 121, 122, 125,
                136, 137, 141, 146, 147, 148, 150, 152, 154, 161, 171);
    }

    static List<String> sharedDatasets() {
        return ReferenceCase.NAMES;
    }

    /** Files written by bench/holdout_split_membership.py (see there) from the reference's own split. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedDatasets")
    void theSharedDatasetsHoldOutTheRowsScikitLearnHoldsOut(String name) throws IOException {
        int[] y = ReferenceCase.named(name).data().y();

        assertThat(HoldoutSplit.stratified(y, 0.2, 42).test()).containsExactly(scikitLearnTestRows(name));
    }

    private static int[] scikitLearnTestRows(String name) throws IOException {
        try (InputStream in = HoldoutSplitTest.class.getResourceAsStream("/holdout/" + name + ".txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
            return Arrays.stream(lines.get(0).split(",")).mapToInt(Integer::parseInt).toArray();
        }
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

    @Test
    void aSingleClassIsRefused() {
        assertThatThrownBy(() -> HoldoutSplit.stratified(new int[] {0, 0, 0, 0, 0, 0}, 0.2, 42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two classes");
    }
}
