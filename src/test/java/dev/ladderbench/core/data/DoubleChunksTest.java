package dev.ladderbench.core.data;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("core")
class DoubleChunksTest {

    /** Sizes around the first chunk and around whole chunks, so that joins meet partly filled ones. */
    @ParameterizedTest
    @CsvSource({"0, 0", "5, 0", "0, 5", "17, 3", "65536, 1", "65537, 65535", "200000, 131073", "1, 140000"})
    void joinedListsHoldBothInOrderAndKeepGrowing(int first, int second) {
        DoubleChunks one = filled(0, first);
        DoubleChunks two = filled(first, second);

        one.addAll(two);
        for (int i = 0; i < 70_000; i++) {
            one.add(first + second + i);
        }

        assertThat(one.size()).isEqualTo(first + second + 70_000);
        assertThat(two.size()).isZero();
        assertThat(one.toArray()).isEqualTo(DoubleStream.iterate(0, v -> v + 1)
                .limit(first + second + 70_000L).toArray());
    }

    private static DoubleChunks filled(int from, int count) {
        DoubleChunks chunks = new DoubleChunks();
        for (int i = 0; i < count; i++) {
            chunks.add(from + i);
        }
        return chunks;
    }
}
